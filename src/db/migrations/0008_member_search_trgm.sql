-- Hand-added above the generated indexes: gin_trgm_ops comes from pg_trgm. PostgreSQL needs
-- the role running migrations to be allowed to create it (pg_trgm is a trusted extension on 13+).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "user_name_trgm_idx" ON "user" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "user_email_trgm_idx" ON "user" USING gin ("email" gin_trgm_ops);