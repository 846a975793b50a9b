CREATE INDEX "audit_event_org_actor_idx" ON "audit_event" USING btree ("organization_id","actor_id","at");--> statement-breakpoint
CREATE INDEX "audit_event_org_target_idx" ON "audit_event" USING btree ("organization_id","target_id","at");--> statement-breakpoint
CREATE INDEX "membership_org_seat_joined_idx" ON "membership" USING btree ("organization_id","seat","joined_at","user_id");