-- Insertion partners may sign in (issue 13): the PARTNER role sees only its own page (referral slips, a guide to
-- the branch's resources, its own referral counts). Its account is tied to one partner and to no branch.
ALTER TABLE staff_user MODIFY role ENUM ('DEPARTMENT_ADMIN', 'BRANCH_ADMIN', 'LIBRARIAN', 'PARTNER') NOT NULL;
ALTER TABLE staff_user ADD COLUMN partner_id BIGINT NULL;
ALTER TABLE staff_user ADD CONSTRAINT fk_staff_user_partner FOREIGN KEY (partner_id) REFERENCES partner (id);
