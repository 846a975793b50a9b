ALTER TABLE "seat_request" DROP CONSTRAINT "seat_request_status_check";--> statement-breakpoint
ALTER TABLE "seat_request" ADD COLUMN "link_version" integer;--> statement-breakpoint
-- Requests made before this column: taken as made through the link as it is now.
UPDATE "seat_request" SET "link_version" = coalesce((SELECT "version" FROM "invite_link" WHERE "invite_link"."organization_id" = "seat_request"."organization_id"), 1);--> statement-breakpoint
ALTER TABLE "seat_request" ALTER COLUMN "link_version" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "seat_request" ADD CONSTRAINT "seat_request_status_check" CHECK ("seat_request"."status" IN ('pending', 'admitted', 'declined', 'ended'));
