-- Vietnamese search folds diacritics (unaccent) and tolerates typos (pg_trgm). On PGlite the extensions are
-- loaded into the instance by the client factory; on PostgreSQL they come with the contrib package.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
