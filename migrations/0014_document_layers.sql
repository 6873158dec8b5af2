ALTER TABLE "documents" ADD COLUMN "title_en" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "issuer_en" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "summary_en" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "keywords_en" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "provisions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "relations" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "validity" jsonb;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "origin" text DEFAULT 'catalogue' NOT NULL;