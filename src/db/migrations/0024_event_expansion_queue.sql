CREATE TABLE "event_expansion" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL
);
--> statement-breakpoint
-- What was waiting for expansion stays waiting, in the order it was written (decision 0038).
INSERT INTO "event_expansion" ("event_id")
SELECT "id" FROM "audit_event" WHERE "expanded_at" IS NULL ORDER BY "at", "id";--> statement-breakpoint
DROP INDEX "audit_event_unexpanded_idx";--> statement-breakpoint
ALTER TABLE "audit_event" DROP COLUMN "expanded_at";
