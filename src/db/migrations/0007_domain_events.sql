ALTER TABLE "audit_event" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "expanded_at" timestamp with time zone;--> statement-breakpoint
-- Rows written before this migration were fanned out by their own transaction.
UPDATE "audit_event" SET "expanded_at" = "at";--> statement-breakpoint
CREATE INDEX "audit_event_unexpanded_idx" ON "audit_event" USING btree ("at") WHERE "audit_event"."expanded_at" IS NULL;