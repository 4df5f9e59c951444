-- Outreach (issue 13): the insertion partners who send people to the library, and how a patron session began.

-- A partner (RSA referent, territorial insertion referent, France Travail agency, association, CCAS, other) of one
-- branch, or of the whole department when branch_id is empty. Its code is printed in the QR codes of its referral
-- slips (?ref=CODE) for years: it never changes.
CREATE TABLE partner (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    kind        ENUM ('RSA_REFERENT', 'INSERTION_REFERENT', 'FRANCE_TRAVAIL', 'ASSOCIATION', 'CCAS', 'OTHER') NOT NULL,
    branch_id   BIGINT       NULL,
    territory   VARCHAR(200) NULL,
    retired_at  DATETIME(6)  NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_partner_code UNIQUE (code),
    CONSTRAINT fk_partner_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- How the session began: at the kiosk's start screen, or from an address that opened it part-way (a QR code on a
-- poster or a referral slip); and the partner whose referral code it carried, if any. Nothing about the patron.
ALTER TABLE patron_session ADD COLUMN entry ENUM ('KIOSK', 'DEEP_LINK') NOT NULL DEFAULT 'KIOSK';
ALTER TABLE patron_session ADD COLUMN referral_partner_id BIGINT NULL;
ALTER TABLE patron_session ADD CONSTRAINT fk_patron_session_partner FOREIGN KEY (referral_partner_id) REFERENCES partner (id);
CREATE INDEX ix_patron_session_partner ON patron_session (referral_partner_id, started_at);
