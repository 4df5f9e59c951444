-- Access credentials (issue 10): pool settings, what an import may carry, fair use, and the librarians' tickets
-- for personal publisher accounts.

-- A pool lends each credential: SINGLE_USE ones are handed out once; REUSABLE_AFTER_EXPIRY ones (a day pass, a
-- 30-day licence) are lent for loan_days and come back to the pool when the loan ends. card_check asks for a
-- library card number before handing one out (only its keyed hash is kept, while the credential it limits is valid).
ALTER TABLE credential_pool ADD COLUMN loan_days INT NULL;
ALTER TABLE credential_pool ADD COLUMN card_check BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE credential_pool ADD COLUMN updated_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6);

-- A credential is a login with its password, or a code alone (then login_cipher is empty and login_digest is the
-- code's digest: the pool's uniqueness key either way).
ALTER TABLE credential MODIFY login_cipher VARBINARY(1024) NULL;

-- note: the staff's remark from the import file (never a secret). lent_until: end of the current loan (issued
-- credentials). card_digest: HMAC of the library card number that took it, cleared when the loan or validity ends.
ALTER TABLE credential ADD COLUMN note VARCHAR(200) NULL;
ALTER TABLE credential ADD COLUMN lent_until DATETIME(6) NULL;
ALTER TABLE credential ADD COLUMN card_digest BINARY(32) NULL;
ALTER TABLE credential ADD COLUMN revoked_at DATETIME(6) NULL;

CREATE INDEX ix_credential_issued_at ON credential (issued_at);
CREATE INDEX ix_credential_pool_card ON credential (pool_id, card_digest);
CREATE INDEX ix_patron_session_kiosk ON patron_session (kiosk_id, started_at);

-- Fair use per kiosk PC: at most this many credentials an hour from one kiosk (or from the branch's unregistered
-- browsers together). A branch without a row uses the configured default.
CREATE TABLE credential_branch_rule (
    branch_id           BIGINT      NOT NULL PRIMARY KEY,
    per_kiosk_per_hour  INT         NOT NULL,
    updated_at          DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_credential_branch_rule_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT ck_credential_branch_rule_limit CHECK (per_kiosk_per_hour BETWEEN 1 AND 1000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A ticket number is short (four digits) and unique among the branch's open requests only, so it can be read out.
CREATE INDEX ix_staff_request_branch_state ON staff_request (branch_id, state);
ALTER TABLE staff_request DROP CONSTRAINT uk_staff_request_ticket;
