-- Exactly one owner per organization. The partial unique index membership_one_owner_idx
-- allows at most one; this deferred trigger refuses, at commit, any transaction that leaves
-- a living organization with none (an ownership transfer demotes, then promotes).
CREATE FUNCTION membership_owner_required() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM organization o WHERE o.id = OLD.organization_id)
     AND NOT EXISTS (
       SELECT 1 FROM membership m WHERE m.organization_id = OLD.organization_id AND m.role = 'owner'
     ) THEN
    RAISE EXCEPTION 'organization % would be left without an owner', OLD.organization_id
      USING ERRCODE = '23514', CONSTRAINT = 'membership_owner_required';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER membership_owner_required
  AFTER UPDATE OF role OR DELETE ON membership
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW WHEN (OLD.role = 'owner')
  EXECUTE FUNCTION membership_owner_required();
