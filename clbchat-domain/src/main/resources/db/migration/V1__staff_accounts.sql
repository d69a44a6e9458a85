-- Staff logins. Visitors are anonymous and never have an account.
-- Passwords are PBKDF2 hashes made by Jakarta Security (algorithm:iterations:salt:hash).
CREATE TABLE staff_account (
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP(3) NOT NULL,
    CONSTRAINT pk_staff_account PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_account_role (
    username VARCHAR(64) NOT NULL,
    role     VARCHAR(32) NOT NULL,
    CONSTRAINT pk_staff_account_role PRIMARY KEY (username, role),
    CONSTRAINT fk_staff_account_role_account FOREIGN KEY (username) REFERENCES staff_account (username)
        ON DELETE CASCADE,
    CONSTRAINT ck_staff_account_role_known CHECK (role IN ('operator', 'coordinator', 'clb-admin', 'admin'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
