-- The qualitative part of the yearly report (issue 12): staff notes per branch and month (what worked, partners met,
-- press, patrons' words without names), shown next to the figures.
CREATE TABLE report_note (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    branch_id   BIGINT        NOT NULL,
    month       CHAR(7)       NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    written_by  VARCHAR(80)   NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    CONSTRAINT uk_report_note UNIQUE (branch_id, month),
    CONSTRAINT fk_report_note_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
