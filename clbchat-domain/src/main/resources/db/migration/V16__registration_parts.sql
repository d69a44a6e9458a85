-- Each operator registers their own part of a chat (issue 17): a chat handed over has one part per operator who held
-- it, numbered from 1 (before the first hand-over that reached its receiver) on. A chat never handed over has part 1,
-- as every registration made before this migration.
ALTER TABLE chat_registration_theme DROP FOREIGN KEY fk_chat_registration_theme_registration;
ALTER TABLE chat_registration_outcome DROP FOREIGN KEY fk_chat_registration_outcome_registration;
ALTER TABLE chat_registration_change DROP FOREIGN KEY fk_chat_registration_change_registration;

ALTER TABLE chat_registration ADD COLUMN part SMALLINT NOT NULL DEFAULT 1 AFTER chat_id,
    DROP PRIMARY KEY, ADD CONSTRAINT pk_chat_registration PRIMARY KEY (chat_id, part);
ALTER TABLE chat_registration_theme ADD COLUMN part SMALLINT NOT NULL DEFAULT 1 AFTER chat_id,
    DROP PRIMARY KEY, ADD CONSTRAINT pk_chat_registration_theme PRIMARY KEY (chat_id, part, theme_code);
ALTER TABLE chat_registration_outcome ADD COLUMN part SMALLINT NOT NULL DEFAULT 1 AFTER chat_id,
    DROP PRIMARY KEY, ADD CONSTRAINT pk_chat_registration_outcome PRIMARY KEY (chat_id, part, outcome);
ALTER TABLE chat_registration_change ADD COLUMN part SMALLINT NOT NULL DEFAULT 1 AFTER chat_id;

-- New names: the index MariaDB made for an old foreign key may outlive it.
CREATE INDEX ix_chat_registration_change_part ON chat_registration_change (chat_id, part, changed_at);
ALTER TABLE chat_registration_theme ADD CONSTRAINT fk_chat_registration_theme_part
    FOREIGN KEY (chat_id, part) REFERENCES chat_registration (chat_id, part) ON DELETE CASCADE;
ALTER TABLE chat_registration_outcome ADD CONSTRAINT fk_chat_registration_outcome_part
    FOREIGN KEY (chat_id, part) REFERENCES chat_registration (chat_id, part) ON DELETE CASCADE;
ALTER TABLE chat_registration_change ADD CONSTRAINT fk_chat_registration_change_part
    FOREIGN KEY (chat_id, part) REFERENCES chat_registration (chat_id, part) ON DELETE CASCADE;
-- The parts of a chat are counted from its hand-overs that reached their receiver, in order.
CREATE INDEX ix_chat_handover_taken ON chat_handover (chat_id, state, closed_at);
