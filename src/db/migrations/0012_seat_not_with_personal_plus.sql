-- A person with personal Plus holds no organization seat (every use case already refuses
-- or releases one; decision 0009). The join is one statement that takes no lock on the
-- person, so this trigger is where a join racing a personal-Plus grant is caught: it runs
-- after the membership row is written and first waits on the person's row, which the grant
-- holds FOR UPDATE until it commits, then looks with a fresh snapshot. The join that loses
-- is refused with this constraint's name and tried again, and then joins without a seat.
CREATE FUNCTION membership_seat_not_with_personal_plus() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "user" WHERE id = NEW.user_id FOR KEY SHARE;
  IF EXISTS (SELECT 1 FROM personal_plus p WHERE p.user_id = NEW.user_id) THEN
    RAISE EXCEPTION 'user % has personal Plus and needs no seat', NEW.user_id
      USING ERRCODE = '23514', CONSTRAINT = 'membership_seat_not_with_personal_plus';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER membership_seat_not_with_personal_plus
  AFTER INSERT OR UPDATE OF seat ON membership
  FOR EACH ROW WHEN (NEW.seat = 'plus')
  EXECUTE FUNCTION membership_seat_not_with_personal_plus();
