-- A partner line's alias policy: when set, its visitors see this name for whoever answers (e.g. the helpline's own
-- name) instead of the operator's own alias.
ALTER TABLE partner_line ADD COLUMN shown_as VARCHAR(30) NULL;
