CREATE TABLE "user_image" (
	"user_id" text PRIMARY KEY NOT NULL,
	"hash" text NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_image_type_check" CHECK ("user_image"."content_type" IN ('image/png', 'image/jpeg', 'image/gif')),
	CONSTRAINT "user_image_size_check" CHECK (octet_length("user_image"."bytes") <= 2097152)
);
--> statement-breakpoint
ALTER TABLE "user_image" ADD CONSTRAINT "user_image_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;