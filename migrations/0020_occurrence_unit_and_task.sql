ALTER TABLE "occurrences" ADD COLUMN "unit_id" integer;--> statement-breakpoint
ALTER TABLE "occurrences" ADD COLUMN "task_id" integer;--> statement-breakpoint
UPDATE "occurrences" o SET "unit_id" = a."unit_id", "task_id" = a."task_id" FROM "assignments" a WHERE a."id" = o."assignment_id";--> statement-breakpoint
-- Every insert path (the repositories, imports, tests' raw SQL) gets the assignment's unit and task without
-- having to pass them: an assignment never changes its unit or task, so the copy cannot go stale.
CREATE FUNCTION "occurrences_copy_assignment"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."unit_id", a."task_id" INTO NEW."unit_id", NEW."task_id" FROM "assignments" a WHERE a."id" = NEW."assignment_id";
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER "occurrences_copy_assignment" BEFORE INSERT ON "occurrences" FOR EACH ROW EXECUTE FUNCTION "occurrences_copy_assignment"();--> statement-breakpoint
CREATE INDEX "occurrences_unit_status_due_idx" ON "occurrences" USING btree ("unit_id","status","due_date");--> statement-breakpoint
CREATE INDEX "occurrences_task_period_idx" ON "occurrences" USING btree ("task_id","period");
