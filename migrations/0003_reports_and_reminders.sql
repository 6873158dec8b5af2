ALTER TABLE "members" ADD COLUMN "on_leave_until" date;--> statement-breakpoint
ALTER TABLE "occurrences" ADD COLUMN "completed_on_time" boolean;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "reminder_ladder" jsonb;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "occurrences_assignment_status_due_idx" ON "occurrences" USING btree ("assignment_id","status","due_date");--> statement-breakpoint
CREATE INDEX "reports_reporter_idx" ON "reports" USING btree ("reporter_id","created_at");