-- Tremplin domain schema (see DESIGN.md). Times are UTC, DATETIME(6).
-- Patron sessions and their events hold no identity: only ids, codes, enums and times.

CREATE TABLE branch (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(40)  NOT NULL,
    name                 VARCHAR(200) NOT NULL,
    time_zone            VARCHAR(64)  NOT NULL DEFAULT 'Europe/Paris',
    idle_timeout_seconds INT          NOT NULL DEFAULT 90,
    contact_email        VARCHAR(200) NULL,
    contact_phone        VARCHAR(40)  NULL,
    address              VARCHAR(300) NULL,
    retired_at           DATETIME(6)  NULL,
    version              INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at           DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_branch_code UNIQUE (code),
    CONSTRAINT ck_branch_idle CHECK (idle_timeout_seconds BETWEEN 30 AND 3600)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Languages a branch offers on its kiosks, in the order the picker shows them.
CREATE TABLE branch_language (
    branch_id BIGINT     NOT NULL,
    locale    VARCHAR(8) NOT NULL,
    position  INT        NOT NULL,
    PRIMARY KEY (branch_id, locale),
    CONSTRAINT fk_branch_language_branch FOREIGN KEY (branch_id) REFERENCES branch (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Opening hours: several slots a day are allowed (09:00-12:00, 14:00-18:00). day_of_week 1 = Monday (ISO).
CREATE TABLE branch_opening_slot (
    branch_id   BIGINT  NOT NULL,
    day_of_week TINYINT NOT NULL,
    opens_at    TIME    NOT NULL,
    closes_at   TIME    NOT NULL,
    PRIMARY KEY (branch_id, day_of_week, opens_at),
    CONSTRAINT fk_opening_slot_branch FOREIGN KEY (branch_id) REFERENCES branch (id) ON DELETE CASCADE,
    CONSTRAINT ck_opening_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_opening_order CHECK (opens_at < closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username            VARCHAR(80)  NOT NULL,
    display_name        VARCHAR(200) NULL,
    password_hash       VARCHAR(200) NOT NULL,
    role                ENUM ('DEPARTMENT_ADMIN', 'BRANCH_ADMIN', 'LIBRARIAN') NOT NULL,
    failed_sign_ins     INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(6)  NULL,
    disabled_at         DATETIME(6)  NULL,
    password_changed_at DATETIME(6)  NULL,
    last_sign_in_at     DATETIME(6)  NULL,
    version             INT          NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_staff_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The branches a staff user's role applies to (a department admin needs none: it covers all).
CREATE TABLE staff_user_branch (
    staff_user_id BIGINT NOT NULL,
    branch_id     BIGINT NOT NULL,
    PRIMARY KEY (staff_user_id, branch_id),
    CONSTRAINT fk_staff_user_branch_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_staff_user_branch_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A registered terminal. The token is shown once at registration and only its SHA-256 is kept.
CREATE TABLE kiosk (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    branch_id     BIGINT       NOT NULL,
    label         VARCHAR(100) NOT NULL,
    token_hash    BINARY(32)   NOT NULL,
    registered_at DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    registered_by BIGINT       NULL,
    revoked_at    DATETIME(6)  NULL,
    last_seen_at  DATETIME(6)  NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_kiosk_token UNIQUE (token_hash),
    CONSTRAINT fk_kiosk_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_kiosk_registered_by FOREIGN KEY (registered_by) REFERENCES staff_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Need taxonomy: top-level needs (parent_id NULL) and their sub-needs.
CREATE TABLE need (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40) NOT NULL,
    parent_id  BIGINT      NULL,
    audience         VARCHAR(20) NULL,
    pictogram  VARCHAR(60) NOT NULL,
    position   INT         NOT NULL,
    retired_at DATETIME(6) NULL,
    version    INT         NOT NULL DEFAULT 0,
    CONSTRAINT ck_need_audience CHECK (audience IN ('JOB_SEEKER', 'FRENCH_LEARNER', 'EXAM_CANDIDATE', 'OTHER')),
    CONSTRAINT uk_need_code UNIQUE (code),
    CONSTRAINT fk_need_parent FOREIGN KEY (parent_id) REFERENCES need (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need_text (
    need_id BIGINT       NOT NULL,
    locale  VARCHAR(8)   NOT NULL,
    label   VARCHAR(200) NOT NULL,
    PRIMARY KEY (need_id, locale),
    CONSTRAINT fk_need_text_need FOREIGN KEY (need_id) REFERENCES need (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(60)   NOT NULL,
    publisher       VARCHAR(200)  NULL,
    url             VARCHAR(1000) NULL,
    access_mode     VARCHAR(20)   NOT NULL,
    level_min       VARCHAR(5)    NOT NULL,
    level_max       VARCHAR(5)    NOT NULL,
    works_from_home BOOLEAN       NOT NULL DEFAULT FALSE,
    session_minutes INT           NULL,
    pictogram       VARCHAR(60)   NULL,
    example         BOOLEAN       NOT NULL DEFAULT FALSE,
    retired_at      DATETIME(6)   NULL,
    version         INT           NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at      DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_resource_access_mode CHECK (access_mode IN ('ON_SITE_OPEN', 'POOL_CODE', 'SHARED_ACCOUNT', 'STAFF_ACCOUNT', 'FREE_ONLINE')),
    CONSTRAINT ck_resource_level_min CHECK (level_min IN ('ALPHA', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    CONSTRAINT ck_resource_level_max CHECK (level_max IN ('ALPHA', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    CONSTRAINT uk_resource_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_text (
    resource_id   BIGINT        NOT NULL,
    locale        VARCHAR(8)    NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    summary       VARCHAR(500)  NULL,
    learn         VARCHAR(2000) NULL,
    how_to_access    VARCHAR(2000) NULL,
    PRIMARY KEY (resource_id, locale),
    CONSTRAINT fk_resource_text_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Languages a resource teaches in (its interface and instructions), e.g. fr, en, ar.
CREATE TABLE resource_language (
    resource_id BIGINT     NOT NULL,
    locale      VARCHAR(8) NOT NULL,
    position    INT        NOT NULL,
    PRIMARY KEY (resource_id, locale),
    CONSTRAINT fk_resource_language_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_device (
    resource_id BIGINT                              NOT NULL,
    device           VARCHAR(10) NOT NULL,
    CONSTRAINT ck_resource_device_device CHECK (device IN ('COMPUTER', 'TABLET', 'PHONE')),
    PRIMARY KEY (resource_id, device),
    CONSTRAINT fk_resource_device_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE resource_need (
    resource_id BIGINT NOT NULL,
    need_id     BIGINT NOT NULL,
    PRIMARY KEY (resource_id, need_id),
    CONSTRAINT fk_resource_need_resource FOREIGN KEY (resource_id) REFERENCES resource (id) ON DELETE CASCADE,
    CONSTRAINT fk_resource_need_need FOREIGN KEY (need_id) REFERENCES need (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_resource_need_need ON resource_need (need_id);

-- A resource as one branch offers it.
CREATE TABLE offer (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    branch_id            BIGINT        NOT NULL,
    resource_id          BIGINT        NOT NULL,
    enabled              BOOLEAN       NOT NULL DEFAULT TRUE,
    licences_bought      INT           NULL,
    yearly_cost          DECIMAL(10, 2) NULL,
    access_mode_override VARCHAR(20) NULL,
    version              INT           NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at           DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT ck_offer_access_mode_override CHECK (access_mode_override IN ('ON_SITE_OPEN', 'POOL_CODE', 'SHARED_ACCOUNT', 'STAFF_ACCOUNT', 'FREE_ONLINE')),
    CONSTRAINT uk_offer_branch_resource UNIQUE (branch_id, resource_id),
    CONSTRAINT fk_offer_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_offer_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT ck_offer_licences CHECK (licences_bought IS NULL OR licences_bought >= 0),
    CONSTRAINT ck_offer_cost CHECK (yearly_cost IS NULL OR yearly_cost >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offer_resource ON offer (resource_id);

CREATE TABLE credential_pool (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    offer_id            BIGINT      NOT NULL,
    policy              ENUM ('SINGLE_USE', 'REUSABLE_AFTER_EXPIRY') NOT NULL DEFAULT 'SINGLE_USE',
    low_stock_threshold INT         NOT NULL DEFAULT 5,
    version             INT         NOT NULL DEFAULT 0,
    created_at          DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_credential_pool_offer UNIQUE (offer_id),
    CONSTRAINT fk_credential_pool_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The one anonymous use of a kiosk. The id is random (UUID bytes), never derived from anything of the patron.
CREATE TABLE patron_session (
    id               BINARY(16)  NOT NULL PRIMARY KEY,
    branch_id        BIGINT      NOT NULL,
    kiosk_id         BIGINT      NULL,
    started_at       DATETIME(6) NOT NULL,
    ended_at         DATETIME(6) NULL,
    end_reason       ENUM ('DONE', 'IDLE', 'RESTARTED', 'ABANDONED') NULL,
    ui_locale        VARCHAR(3)  NULL,
    audience         VARCHAR(20) NULL,
    need_id          BIGINT      NULL,
    sub_need_id      BIGINT      NULL,
    language_level   VARCHAR(5)  NULL,
    level_source     ENUM ('CHOSEN', 'CHECK', 'SKIPPED') NULL,
    place            ENUM ('HERE', 'HOME', 'BOTH') NULL,
    device           ENUM ('COMPUTER', 'PHONE') NULL,
    weekly_time      ENUM ('UNDER_1H', 'FROM_1_TO_3H', 'OVER_3H') NULL,
    workshop_seat_id BIGINT      NULL,
    CONSTRAINT ck_patron_session_ui_locale CHECK (ui_locale IN ('fr', 'en', 'ar', 'uk', 'prs', 'ps', 'ti', 'ru', 'es', 'tr')),
    CONSTRAINT ck_patron_session_audience CHECK (audience IN ('JOB_SEEKER', 'FRENCH_LEARNER', 'EXAM_CANDIDATE', 'OTHER')),
    CONSTRAINT ck_patron_session_language_level CHECK (language_level IN ('ALPHA', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    CONSTRAINT fk_patron_session_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_patron_session_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk (id),
    CONSTRAINT fk_patron_session_need FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT fk_patron_session_sub_need FOREIGN KEY (sub_need_id) REFERENCES need (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_patron_session_branch_started ON patron_session (branch_id, started_at);

CREATE TABLE session_event (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patron_session_id BINARY(16)  NOT NULL,
    occurred_at       DATETIME(6) NOT NULL,
    type              ENUM ('RESULTS_SHOWN', 'RESOURCE_OPENED', 'QR_SHOWN', 'ACCESS_TAKEN', 'HELP_ASKED', 'SATISFACTION') NOT NULL,
    resource_id       BIGINT      NULL,
    score             TINYINT     NULL,
    CONSTRAINT fk_session_event_session FOREIGN KEY (patron_session_id) REFERENCES patron_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_session_event_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT ck_session_event_value CHECK (score IS NULL OR score BETWEEN 1 AND 3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_session_event_session ON session_event (patron_session_id);

-- One credential of a pool. Login and secret are AES-GCM ciphertexts; login_digest (keyed HMAC) enforces
-- uniqueness without storing the login in clear.
CREATE TABLE credential (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    pool_id           BIGINT         NOT NULL,
    login_digest      BINARY(32)     NOT NULL,
    login_cipher      VARBINARY(1024) NOT NULL,
    secret_cipher     VARBINARY(1024) NULL,
    valid_from        DATE           NULL,
    valid_until       DATE           NULL,
    state             ENUM ('AVAILABLE', 'ISSUED', 'EXPIRED', 'REVOKED') NOT NULL DEFAULT 'AVAILABLE',
    issued_at         DATETIME(6)    NULL,
    patron_session_id BINARY(16)     NULL,
    imported_at       DATETIME(6)    NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version           INT            NOT NULL DEFAULT 0,
    CONSTRAINT uk_credential_pool_login UNIQUE (pool_id, login_digest),
    CONSTRAINT fk_credential_pool FOREIGN KEY (pool_id) REFERENCES credential_pool (id),
    CONSTRAINT fk_credential_session FOREIGN KEY (patron_session_id) REFERENCES patron_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_credential_pool_state ON credential (pool_id, state);

CREATE TABLE workshop (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    branch_id     BIGINT       NOT NULL,
    title         VARCHAR(200) NOT NULL,
    need_id       BIGINT       NULL,
    locale        VARCHAR(8)   NOT NULL DEFAULT 'fr',
    starts_at     DATETIME(6)  NOT NULL,
    ends_at       DATETIME(6)  NULL,
    seats         INT          NOT NULL,
    join_code     CHAR(6)      NULL,
    state         ENUM ('PLANNED', 'OPEN', 'RUNNING', 'CLOSED') NOT NULL DEFAULT 'PLANNED',
    current_step  INT          NOT NULL DEFAULT 0,
    led_by        BIGINT       NULL,
    version       INT          NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_workshop_join_code UNIQUE (join_code),
    CONSTRAINT fk_workshop_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_workshop_need FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT fk_workshop_led_by FOREIGN KEY (led_by) REFERENCES staff_user (id),
    CONSTRAINT ck_workshop_seats CHECK (seats BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_resource (
    workshop_id BIGINT NOT NULL,
    resource_id BIGINT NOT NULL,
    position    INT    NOT NULL,
    PRIMARY KEY (workshop_id, resource_id),
    CONSTRAINT fk_workshop_resource_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_resource_resource FOREIGN KEY (resource_id) REFERENCES resource (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE workshop_seat (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    workshop_id       BIGINT      NOT NULL,
    seat_number       INT         NOT NULL,
    patron_session_id BINARY(16)  NULL,
    joined_at         DATETIME(6) NULL,
    left_at           DATETIME(6) NULL,
    CONSTRAINT uk_workshop_seat UNIQUE (workshop_id, seat_number),
    CONSTRAINT fk_workshop_seat_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE,
    CONSTRAINT fk_workshop_seat_session FOREIGN KEY (patron_session_id) REFERENCES patron_session (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE help_call (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    branch_id         BIGINT      NOT NULL,
    kiosk_id          BIGINT      NULL,
    patron_session_id BINARY(16)  NULL,
    called_at         DATETIME(6) NOT NULL,
    state             ENUM ('OPEN', 'TAKEN', 'CLOSED') NOT NULL DEFAULT 'OPEN',
    taken_by          BIGINT      NULL,
    closed_at         DATETIME(6) NULL,
    CONSTRAINT fk_help_call_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_help_call_kiosk FOREIGN KEY (kiosk_id) REFERENCES kiosk (id),
    CONSTRAINT fk_help_call_session FOREIGN KEY (patron_session_id) REFERENCES patron_session (id),
    CONSTRAINT fk_help_call_taken_by FOREIGN KEY (taken_by) REFERENCES staff_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_help_call_branch_state ON help_call (branch_id, state);

-- A request for a personal publisher account (STAFF_ACCOUNT mode): the patron leaves with a ticket number only.
CREATE TABLE staff_request (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    branch_id         BIGINT      NOT NULL,
    resource_id       BIGINT      NOT NULL,
    ticket_number     VARCHAR(12) NOT NULL,
    patron_session_id BINARY(16)  NULL,
    requested_at      DATETIME(6) NOT NULL,
    state             ENUM ('OPEN', 'DONE', 'CANCELLED') NOT NULL DEFAULT 'OPEN',
    handled_by        BIGINT      NULL,
    handled_at        DATETIME(6) NULL,
    CONSTRAINT uk_staff_request_ticket UNIQUE (branch_id, ticket_number),
    CONSTRAINT fk_staff_request_branch FOREIGN KEY (branch_id) REFERENCES branch (id),
    CONSTRAINT fk_staff_request_resource FOREIGN KEY (resource_id) REFERENCES resource (id),
    CONSTRAINT fk_staff_request_session FOREIGN KEY (patron_session_id) REFERENCES patron_session (id),
    CONSTRAINT fk_staff_request_handled_by FOREIGN KEY (handled_by) REFERENCES staff_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every staff change: who, when, what, before/after (JSON text without any secret).
CREATE TABLE audit_entry (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    staff_user_id BIGINT       NULL,
    username      VARCHAR(80)  NOT NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    action        VARCHAR(60)  NOT NULL,
    entity_type   VARCHAR(60)  NOT NULL,
    entity_key    VARCHAR(200) NULL,
    branch_id     BIGINT       NULL,
    before_state  MEDIUMTEXT   NULL,
    after_state   MEDIUMTEXT   NULL,
    CONSTRAINT fk_audit_entry_staff_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id),
    CONSTRAINT fk_audit_entry_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_entry_at ON audit_entry (occurred_at);

-- What stays of patron sessions after raw ones are rolled up (report).
CREATE TABLE monthly_aggregate (
    month_start     DATE        NOT NULL,
    branch_id       BIGINT      NOT NULL,
    dimension       VARCHAR(40) NOT NULL,
    dimension_value  VARCHAR(60) NOT NULL,
    session_count   INT         NOT NULL,
    PRIMARY KEY (month_start, branch_id, dimension, dimension_value),
    CONSTRAINT fk_monthly_aggregate_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
