package fr.tremplin.admin;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.db.RetriedTransaction;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.StaleEditException;
import fr.tremplin.core.security.CurrentPassword;
import fr.tremplin.core.security.Passwords;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffSessions;
import fr.tremplin.core.security.StaffUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts. A department admin manages every account; a branch admin manages only the librarians of its own
 * branches (and sees the accounts of its branches); a librarian manages none. Nobody disables or demotes
 * themselves, so the department is never left without an admin by mistake. Everyone changes their own password,
 * giving the current one.
 */
@Service
public class StaffUserService {

    private final StaffUserDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final CurrentPassword currentPasswords;
    private final StaffSessions sessions;
    private final RetriedTransaction transaction;
    private final Clock clock;

    StaffUserService(StaffUserDao dao, StaffAccess access, AuditLog audit, PasswordEncoder encoder,
            CurrentPassword currentPasswords, StaffSessions sessions, RetriedTransaction transaction, Clock clock) {
        this.dao = dao;
        this.access = access;
        this.audit = audit;
        this.encoder = encoder;
        this.currentPasswords = currentPasswords;
        this.sessions = sessions;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffAccount> accounts() {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN);
        return dao.findAll().stream().filter(a -> user.isDepartmentAdmin() || a.role() != StaffRole.DEPARTMENT_ADMIN
                && a.branchCodes().stream().anyMatch(user.branchCodes()::contains)).toList();
    }

    /** Whether the current user may change this account (for the screen; the methods below check anyway). */
    @Transactional(readOnly = true)
    public boolean mayManage(StaffAccount account) {
        StaffUser user = access.current();
        return user.id() != account.id() && manages(user, account.role(), account.branchCodes());
    }

    @Transactional
    public StaffAccount create(StaffAccountForm form, String password) {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN);
        check(form);
        if (!form.username().matches(StaffAccountForm.USERNAME_PATTERN)) {
            throw new InvalidInputException("username", "staff.users.username.pattern");
        }
        if (dao.usernameExists(form.username())) {
            throw new InvalidInputException("username", "staff.users.username.taken");
        }
        Passwords.problem(password).ifPresent(key -> {
            throw new InvalidInputException("password", key, Passwords.MIN_LENGTH);
        });
        requireManages(user, form);
        long id = dao.insert(form, encoder.encode(password), LocalDateTime.now(clock));
        StaffAccount created = dao.findById(id).orElseThrow();
        audit.record("STAFF_USER_CREATED", "staff_user", created.username(), null, null, created.form());
        return created;
    }

    @Transactional
    public StaffAccount update(long id, StaffAccountForm form, int expectedVersion) {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN);
        StaffAccount before = managed(user, id);
        check(form);
        if (user.id() == id && form.role() != before.role()) {
            throw new InvalidInputException("role", "staff.users.own-role");
        }
        requireManages(user, form);
        if (!dao.update(id, form, expectedVersion)) {
            throw new StaleEditException("staff_user", before.username());
        }
        StaffAccount after = dao.findById(id).orElseThrow();
        audit.record("STAFF_USER_UPDATED", "staff_user", after.username(), null, before.form(), after.form());
        return after;
    }

    @Transactional
    public StaffAccount setDisabled(long id, boolean disabled, int expectedVersion) {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN);
        if (user.id() == id) {
            throw new AccessDeniedException("Nobody disables their own account");
        }
        StaffAccount before = managed(user, id);
        if (!dao.setDisabled(id, disabled ? LocalDateTime.now(clock) : null, expectedVersion)) {
            throw new StaleEditException("staff_user", before.username());
        }
        StaffAccount after = dao.findById(id).orElseThrow();
        audit.record(disabled ? "STAFF_USER_DISABLED" : "STAFF_USER_ENABLED", "staff_user", after.username(), null,
                java.util.Map.of("disabled", before.disabled()), java.util.Map.of("disabled", after.disabled()));
        return after;
    }

    /**
     * Sets a new password chosen by an admin for someone else, lifts a lock and ends every session of that person
     * (on every node). The audit log says it happened, nothing more.
     */
    @Transactional
    public void resetPassword(long id, String password) {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN);
        if (user.id() == id) {
            throw new AccessDeniedException("One's own password is changed with the current one");
        }
        StaffAccount account = managed(user, id);
        Passwords.problem(password).ifPresent(key -> {
            throw new InvalidInputException("password", key, Passwords.MIN_LENGTH);
        });
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        dao.setPassword(id, encoder.encode(password), now);
        audit.record("STAFF_PASSWORD_RESET", "staff_user", account.username(), null, null, null);
        sessions.passwordChanged(id, now);
    }

    /**
     * Anyone signed in changes their own password by giving the current one. Their other sessions end; this one
     * stays. BCrypt runs before the short transaction that writes, not inside it.
     */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffUser user = access.current();
        Passwords.problem(newPassword).ifPresent(key -> {
            throw new InvalidInputException("password", key, Passwords.MIN_LENGTH);
        });
        currentPasswords.require(user, currentPassword);
        String hash = encoder.encode(newPassword);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        transaction.run("own password change", () -> {
            // Audit first: it checks the acting user, whose session holds only until the new password is written.
            audit.record("STAFF_PASSWORD_CHANGED", "staff_user", user.username(), null, null, null);
            dao.setPassword(user.id(), hash, now);
        });
        sessions.passwordChanged(user.id(), now);
    }

    private StaffAccount managed(StaffUser user, long id) {
        StaffAccount account = dao.findById(id).orElseThrow(() -> new AccessDeniedException("No staff user " + id));
        if (!manages(user, account.role(), account.branchCodes()) && user.id() != id) {
            throw new AccessDeniedException(user.username() + " may not change " + account.username());
        }
        return account;
    }

    /** The partners a PARTNER account can be tied to (code and name): for the department admin only. */
    @Transactional(readOnly = true)
    public java.util.Map<String, String> partners() {
        return access.current().isDepartmentAdmin() ? dao.activePartners() : java.util.Map.of();
    }

    private static boolean manages(StaffUser user, StaffRole role, java.util.Set<String> branchCodes) {
        return user.isDepartmentAdmin() || user.role() == StaffRole.BRANCH_ADMIN && role == StaffRole.LIBRARIAN
                && !branchCodes.isEmpty() && user.branchCodes().containsAll(branchCodes);
    }

    private static void requireManages(StaffUser user, StaffAccountForm form) {
        if (!manages(user, form.role(), form.branchCodes())) {
            throw new AccessDeniedException(user.username() + " may not give role " + form.role() + " on "
                    + form.branchCodes());
        }
    }

    private void check(StaffAccountForm form) {
        if (form.username() == null || form.username().isEmpty()) {
            throw new InvalidInputException("username", "staff.validation.required");
        }
        if (form.role() == null) {
            throw new InvalidInputException("role", "staff.validation.required");
        }
        if (form.displayName() != null && form.displayName().length() > 200) {
            throw new InvalidInputException("displayName", "staff.validation.too-long", 200);
        }
        if (form.role() == StaffRole.PARTNER) {
            if (form.partnerCode() == null || !dao.activePartnerCodes().contains(form.partnerCode())) {
                throw new InvalidInputException("partnerCode", "staff.users.partner.none");
            }
            return;
        }
        if (form.role() != StaffRole.DEPARTMENT_ADMIN && form.branchCodes().isEmpty()) {
            throw new InvalidInputException("branchCodes", "staff.users.branches.none");
        }
        if (!dao.existingBranchCodes().containsAll(form.branchCodes())) {
            throw new InvalidInputException("branchCodes", "staff.users.branches.unknown");
        }
    }
}
