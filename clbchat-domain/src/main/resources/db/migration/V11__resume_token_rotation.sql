-- A chat's resume token changes on every resume (issue 16): a leaked token stops working once the visitor comes back.
-- The token handed out before the newest one stays valid until the newest is used: the answer that carried the new
-- token may have been lost with the connection it was sent on.
ALTER TABLE chat
    ADD COLUMN previous_token_hash CHAR(64) NULL AFTER resume_token_hash,
    ADD INDEX ix_chat_previous_token (previous_token_hash);
