CREATE TABLE "invite_link_activity" (
	"organization_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"count" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "invite_link_activity_pkey" PRIMARY KEY("organization_id","version","kind","day","subject"),
	CONSTRAINT "invite_link_activity_kind_check" CHECK ("invite_link_activity"."kind" IN ('opened', 'opened_signed_out', 'signed_up', 'no_seats', 'email_domain', 'email_not_verified', 'limit_reached', 'paused', 'expired', 'reset'))
);
--> statement-breakpoint
ALTER TABLE "invite_link_activity" ADD CONSTRAINT "invite_link_activity_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_link_history_idx" ON "audit_event" USING btree ("organization_id","at") WHERE "audit_event"."action" IN ('member.joined', 'invite_link.regenerated');