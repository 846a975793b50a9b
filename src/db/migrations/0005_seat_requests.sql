CREATE TABLE "seat_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp (3) with time zone,
	"decided_by" text,
	CONSTRAINT "seat_request_status_check" CHECK ("seat_request"."status" IN ('pending', 'admitted', 'declined'))
);
--> statement-breakpoint
ALTER TABLE "seat_request" ADD CONSTRAINT "seat_request_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_request" ADD CONSTRAINT "seat_request_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_request" ADD CONSTRAINT "seat_request_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "seat_request_one_pending_idx" ON "seat_request" USING btree ("organization_id","user_id") WHERE "seat_request"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "seat_request_queue_idx" ON "seat_request" USING btree ("organization_id","created_at","id") WHERE "seat_request"."status" = 'pending';