-- Older open "subscribe again" checkouts of an organization give way to its newest one;
-- if one of them is paid after all, completing it will not replace a live subscription.
UPDATE "billing_checkout" AS c SET "status" = 'expired'
WHERE c."status" = 'open' AND c."organization_id" IS NOT NULL
  AND EXISTS (
    SELECT 1 FROM "billing_checkout" AS n
    WHERE n."organization_id" = c."organization_id" AND n."status" = 'open'
      AND (n."created_at", n."id") > (c."created_at", c."id"));
--> statement-breakpoint
CREATE UNIQUE INDEX "billing_checkout_one_open_idx" ON "billing_checkout" USING btree ("organization_id") WHERE "billing_checkout"."status" = 'open';
