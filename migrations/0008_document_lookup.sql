CREATE TABLE "document_follows" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "document_follows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" integer NOT NULL,
	"document_id" integer NOT NULL,
	"followed_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_follows_unit_document_key" UNIQUE("unit_id","document_id")
);
--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "replaced_by_issued_on" date;--> statement-breakpoint
ALTER TABLE "document_follows" ADD CONSTRAINT "document_follows_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_follows" ADD CONSTRAINT "document_follows_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_follows" ADD CONSTRAINT "document_follows_followed_by_members_id_fk" FOREIGN KEY ("followed_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_follows_document_idx" ON "document_follows" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "documents_updated_at_idx" ON "documents" USING btree ("updated_at");