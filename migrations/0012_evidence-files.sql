CREATE TABLE "evidence_files" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"platform" text NOT NULL,
	"file_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"mime_type" text,
	"size_bytes" integer,
	"content" "bytea",
	"sha256" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"claimed_until" timestamp with time zone,
	"last_error" text,
	"chat_ref" text,
	"task_code" text,
	"reporter_id" integer,
	"received_at" timestamp with time zone NOT NULL,
	"stored_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evidence_files_uq" UNIQUE("platform","file_id")
);
--> statement-breakpoint
CREATE INDEX "evidence_files_pending_idx" ON "evidence_files" USING btree ("status","next_attempt_at");