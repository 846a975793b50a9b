DROP INDEX "outbox_status_idx";--> statement-breakpoint
CREATE INDEX "outbox_open_idx" ON "outbox" USING btree ("kind","status") WHERE "outbox"."status" <> 'done';--> statement-breakpoint
-- Room on every page for a row's next version: a claim (claim_id, locked_until, attempts)
-- touches no indexed column, so with space beside the row it is a HOT update and writes no
-- index entry (decision 0037). Pages written before this keep their old packing.
ALTER TABLE "outbox" SET (fillfactor = 50);
