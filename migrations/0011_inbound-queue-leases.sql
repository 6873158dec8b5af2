ALTER TABLE "zalo_inbound_events" ADD COLUMN "chat_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "zalo_inbound_events" ADD COLUMN "claimed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "zalo_inbound_events" ADD COLUMN "claimed_by" text;--> statement-breakpoint
ALTER TABLE "zalo_inbound_events" ADD COLUMN "unreadable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "zalo_inbound_events_chat_idx" ON "zalo_inbound_events" USING btree ("chat_key","id");