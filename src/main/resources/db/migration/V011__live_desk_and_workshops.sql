-- Live side (issue 11): the librarians' desk and workshops. Everything a desk or a workshop needs lives here, so
-- that several application nodes on one database see the same state (DESIGN.md, "Scaling out").

-- A short-lived note that something changed ("workshop:12", "desk:3"): each node polls the recent ones and wakes
-- the screens that watch that topic. Rows are deleted after a few minutes; the state itself lives elsewhere.
CREATE TABLE live_signal (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    topic      VARCHAR(60) NOT NULL,
    node       CHAR(12)    NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_live_signal_created ON live_signal (created_at);

-- When a librarian took a call, for "how fast were calls answered" (report); the call's random key names it to the
-- kiosk that made it, which shows "a librarian is coming" when the call is taken.
ALTER TABLE help_call ADD COLUMN taken_at DATETIME(6) NULL;
ALTER TABLE help_call ADD COLUMN call_key CHAR(12) NULL;
CREATE INDEX ix_help_call_branch_called ON help_call (branch_id, called_at);

-- A workshop: its theme, optional partner's group, and what the librarian asks of the joined kiosks.
ALTER TABLE workshop ADD COLUMN partner_id BIGINT NULL;
ALTER TABLE workshop ADD CONSTRAINT fk_workshop_partner FOREIGN KEY (partner_id) REFERENCES partner (id);
ALTER TABLE workshop ADD COLUMN created_by BIGINT NULL;
ALTER TABLE workshop ADD CONSTRAINT fk_workshop_created_by FOREIGN KEY (created_by) REFERENCES staff_user (id);
ALTER TABLE workshop ADD COLUMN opened_at DATETIME(6) NULL;
ALTER TABLE workshop ADD COLUMN closed_at DATETIME(6) NULL;
-- LEAD: every kiosk shows lead_target ("NEEDS", "RESULTS", "RESOURCE:<code>"); FREE: kiosks browse freely.
ALTER TABLE workshop ADD COLUMN lead_mode ENUM ('FREE', 'LEAD') NOT NULL DEFAULT 'FREE';
ALTER TABLE workshop ADD COLUMN lead_target VARCHAR(80) NULL;
ALTER TABLE workshop ADD COLUMN screens_locked BOOLEAN NOT NULL DEFAULT FALSE;
-- The resource of the last hand-out of credentials, and how many hand-outs there were (kiosks show each new one).
ALTER TABLE workshop ADD COLUMN hand_out_resource_id BIGINT NULL;
ALTER TABLE workshop ADD CONSTRAINT fk_workshop_hand_out FOREIGN KEY (hand_out_resource_id) REFERENCES resource (id);
ALTER TABLE workshop ADD COLUMN hand_out_count INT NOT NULL DEFAULT 0;
CREATE INDEX ix_workshop_branch_starts ON workshop (branch_id, starts_at);

-- A seat: taken by a kiosk with the join code. The seat token (kept hashed) lets the same browser tab take its seat
-- back after a reload; nothing in a seat says who sat there.
ALTER TABLE workshop_seat ADD COLUMN token_hash BINARY(32) NULL;
ALTER TABLE workshop_seat ADD COLUMN step VARCHAR(80) NULL;
ALTER TABLE workshop_seat ADD COLUMN audience VARCHAR(20) NULL;
ALTER TABLE workshop_seat ADD COLUMN satisfaction TINYINT NULL;
ALTER TABLE workshop_seat ADD COLUMN seen_at DATETIME(6) NULL;
ALTER TABLE workshop_seat ADD COLUMN credential_id BIGINT NULL;
ALTER TABLE workshop_seat ADD CONSTRAINT fk_workshop_seat_credential FOREIGN KEY (credential_id) REFERENCES credential (id);
ALTER TABLE workshop_seat ADD CONSTRAINT uk_workshop_seat_token UNIQUE (token_hash);
ALTER TABLE workshop_seat ADD CONSTRAINT ck_workshop_seat_audience
    CHECK (audience IN ('JOB_SEEKER', 'FRENCH_LEARNER', 'EXAM_CANDIDATE', 'OTHER'));
ALTER TABLE workshop_seat ADD CONSTRAINT ck_workshop_seat_satisfaction CHECK (satisfaction BETWEEN 1 AND 3);
ALTER TABLE patron_session ADD CONSTRAINT fk_patron_session_workshop_seat
    FOREIGN KEY (workshop_seat_id) REFERENCES workshop_seat (id);
