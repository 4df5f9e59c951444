-- The library's shelves (issue 14): bibliographic records imported from the library system's MARC exports (UNIMARC
-- or MARC21), their items, the needs and levels they serve, and the history of imports. The search index (Lucene)
-- is built from these tables on every node; nothing here names a patron.

-- One bibliographic record, keyed by the library system's record id (001 or Koha's biblionumber). A record missing
-- from a full export, or marked deleted in it, is retired (kept, no longer shown). content_hash tells an unchanged
-- record from an updated one.
CREATE TABLE holding (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    record_id      VARCHAR(64)   NOT NULL,
    marc_format    VARCHAR(10)   NOT NULL,
    title          VARCHAR(500)  NOT NULL,
    authors        VARCHAR(1000) NULL,
    publisher      VARCHAR(300)  NULL,
    pub_year       INT           NULL,
    isbn           VARCHAR(200)  NULL,
    language       VARCHAR(8)    NULL,
    subjects       VARCHAR(2000) NULL,
    classification VARCHAR(100)  NULL,
    level_min      VARCHAR(5)    NULL,
    level_max      VARCHAR(5)    NULL,
    tags_by_staff  BOOLEAN       NOT NULL DEFAULT FALSE,
    content_hash   BINARY(32)    NOT NULL,
    retired_at     DATETIME(6)   NULL,
    created_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     DATETIME(6)   NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uk_holding_record UNIQUE (record_id),
    CONSTRAINT ck_holding_format CHECK (marc_format IN ('UNIMARC', 'MARC21')),
    CONSTRAINT ck_holding_level_min CHECK (level_min IN ('ALPHA', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    CONSTRAINT ck_holding_level_max CHECK (level_max IN ('ALPHA', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_holding_updated ON holding (updated_at);

-- A copy on a shelf. library_code is the library system's code for the branch holding it (995$b/$c, 952$a/$b); it is
-- kept as given and mapped to a branch through holding_library, so that a mapping made later needs no re-import.
-- status is the copy's state in the export: AVAILABLE, ON_LOAN (a due date), NOT_FOR_LOAN, LOST or WITHDRAWN.
CREATE TABLE holding_item (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    holding_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    library_code VARCHAR(40)  NOT NULL,
    location     VARCHAR(200) NULL,
    shelf_mark   VARCHAR(100) NULL,
    status       VARCHAR(20)  NOT NULL DEFAULT 'AVAILABLE',
    CONSTRAINT uk_holding_item UNIQUE (holding_id, position),
    CONSTRAINT ck_holding_item_status CHECK (status IN ('AVAILABLE', 'ON_LOAN', 'NOT_FOR_LOAN', 'LOST', 'WITHDRAWN')),
    CONSTRAINT fk_holding_item_holding FOREIGN KEY (holding_id) REFERENCES holding (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_holding_item_library ON holding_item (library_code);

-- Which branch a library system's code stands for. A code seen in an import and matching no branch gets a row with
-- no branch: staff list those and map them (or kiosk-config's holdings.yml does).
CREATE TABLE holding_library (
    library_code VARCHAR(40) NOT NULL PRIMARY KEY,
    branch_id    BIGINT      NULL,
    first_seen   DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_holding_library_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The needs a record serves, from the rules of kiosk-config (holdings.yml) or set by staff (then tags_by_staff).
CREATE TABLE holding_need (
    holding_id BIGINT NOT NULL,
    need_id    BIGINT NOT NULL,
    PRIMARY KEY (holding_id, need_id),
    CONSTRAINT fk_holding_need_holding FOREIGN KEY (holding_id) REFERENCES holding (id) ON DELETE CASCADE,
    CONSTRAINT fk_holding_need_need FOREIGN KEY (need_id) REFERENCES need (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One import of a MARC file, uploaded by staff (staff_user_id) or picked up from the watched folder (no user).
CREATE TABLE holdings_import (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    started_at    DATETIME(6)  NOT NULL,
    finished_at   DATETIME(6)  NULL,
    file_name     VARCHAR(300) NOT NULL,
    source        VARCHAR(10)  NOT NULL,
    marc_format   VARCHAR(10)  NULL,
    full_export   BOOLEAN      NOT NULL,
    staff_user_id BIGINT       NULL,
    outcome       VARCHAR(10)  NOT NULL,
    records_read  INT          NOT NULL DEFAULT 0,
    added         INT          NOT NULL DEFAULT 0,
    updated       INT          NOT NULL DEFAULT 0,
    unchanged     INT          NOT NULL DEFAULT 0,
    retired       INT          NOT NULL DEFAULT 0,
    rejected      INT          NOT NULL DEFAULT 0,
    message       VARCHAR(1000) NULL,
    CONSTRAINT ck_holdings_import_source CHECK (source IN ('UPLOAD', 'FOLDER')),
    CONSTRAINT ck_holdings_import_outcome CHECK (outcome IN ('DONE', 'FAILED')),
    CONSTRAINT fk_holdings_import_staff_user FOREIGN KEY (staff_user_id) REFERENCES staff_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A record an import could not take: its position in the file (1 for the first record), its id when it could be
-- read, and why.
CREATE TABLE holdings_rejection (
    import_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    record_id VARCHAR(64)  NULL,
    reason    VARCHAR(500) NOT NULL,
    PRIMARY KEY (import_id, position),
    CONSTRAINT fk_holdings_rejection_import FOREIGN KEY (import_id) REFERENCES holdings_import (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Live availability from the library system, per branch (optional): KOHA_REST (Koha's public REST API) or ILS_DI
-- (GetAvailability), at base_url.
ALTER TABLE branch
    ADD COLUMN availability_kind VARCHAR(10) NULL,
    ADD COLUMN availability_url  VARCHAR(500) NULL;

-- The linking rules last applied to the records (a digest of holdings.yml's rules): records are tagged again only
-- when the rules change.
CREATE TABLE holdings_rules (
    id          TINYINT     NOT NULL PRIMARY KEY,
    fingerprint BINARY(32)  NOT NULL,
    applied_at  DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
