CREATE TABLE "organization_image" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organization_image_type_check" CHECK ("organization_image"."content_type" IN ('image/png', 'image/jpeg', 'image/gif')),
	CONSTRAINT "organization_image_size_check" CHECK (octet_length("organization_image"."bytes") <= 2097152)
);
--> statement-breakpoint
ALTER TABLE "organization_image" ADD CONSTRAINT "organization_image_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;