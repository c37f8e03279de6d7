-- Extensions Keten relies on. All ship inside PGlite and in PostgreSQL's contrib.
-- pg_trgm: similarity search on non-personal text (organisation names, catalogue texts).
-- fuzzystrmatch: phonetic codes (dmetaphone) used before keyed hashing of names.
-- unaccent: accent-folding of names and search terms.
-- pgcrypto: digest() for table checksums in tests and tools.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pgcrypto;
