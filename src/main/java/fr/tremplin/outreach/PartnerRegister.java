package fr.tremplin.outreach;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.SyncCounts;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insertion partners who send people to the library, each known by the referral code of its slips. A patron
 * session that starts from an address carrying a partner's code counts for that partner; nothing about the patron
 * is kept.
 */
@Service
public class PartnerRegister {

    /** Letters, digits and dashes, 2 to 40: printed in QR codes for years. */
    public static final String CODE_PATTERN = "[A-Za-z0-9-]{2,40}";

    private final PartnerDao dao;
    private final StaffAccess access;
    private final AuditLog audit;
    private final Clock clock;

    PartnerRegister(PartnerDao dao, StaffAccess access, AuditLog audit, Clock clock) {
        this.dao = dao;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The partners the current admin may manage: its branches' and the department-wide ones. */
    @Transactional(readOnly = true)
    public List<PartnerDefinition> list() {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN, StaffRole.BRANCH_ADMIN);
        return dao.list(user.isDepartmentAdmin() ? null : user.branchCodes());
    }

    /**
     * Adds a partner or changes one (same code). A branch admin manages its branches' partners; department-wide
     * partners are the department admin's. The kiosk-config file leaves a partner edited here alone.
     */
    @Transactional
    public void save(PartnerDefinition partner) {
        StaffUser user = checkManages(partner.branchCode());
        check(partner);
        PartnerDefinition before = dao.active().get(partner.code());
        if (before != null) {
            checkManages(before.branchCode());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        dao.upsert(partner, now);
        dao.markStaffEdited(partner.code(), user.username(), now);
        audit.record(before == null ? "PARTNER_CREATED" : "PARTNER_UPDATED", "partner", partner.code(),
                partner.branchCode(), before, partner);
    }

    /** Retires a partner: its past referrals stay counted, its slips no longer count. */
    @Transactional
    public void retire(String code) {
        PartnerDefinition before = dao.active().get(code);
        if (before == null) {
            return;
        }
        StaffUser user = checkManages(before.branchCode());
        LocalDateTime now = LocalDateTime.now(clock);
        dao.retire(List.of(code), now);
        dao.markStaffEdited(code, user.username(), now);
        audit.record("PARTNER_RETIRED", "partner", code, before.branchCode(), before, null);
    }

    private StaffUser checkManages(String branchCode) {
        return branchCode == null ? access.requireRole(StaffRole.DEPARTMENT_ADMIN) : access.requireManages(branchCode);
    }

    private static void check(PartnerDefinition partner) {
        if (partner.code() == null || !partner.code().matches(CODE_PATTERN)) {
            throw new InvalidInputException("code", "staff.partners.code.pattern");
        }
        if (partner.name() == null || partner.name().isBlank() || partner.name().length() > 200) {
            throw new InvalidInputException("name", "staff.validation.required");
        }
        if (partner.kind() == null) {
            throw new InvalidInputException("kind", "staff.validation.required");
        }
        if (partner.territory() != null && partner.territory().length() > 200) {
            throw new InvalidInputException("territory", "staff.validation.too-long", 200);
        }
    }

    /**
     * Makes the register what kiosk-config/partners.yml says, in the transaction of the kiosk-config load: new
     * partners are added, changed ones updated, those no longer in the file retired (their referrals stay counted).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public SyncCounts importPartners(List<PartnerDefinition> partners) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, PartnerDefinition> stored = dao.activeFromFile();
        Set<String> staffEdited = dao.staffEdited();
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> inFile = new HashSet<>();
        int kept = 0;
        for (PartnerDefinition partner : partners) {
            inFile.add(partner.code());
            if (staffEdited.contains(partner.code())) {
                kept++;
                continue;
            }
            PartnerDefinition before = stored.get(partner.code());
            if (partner.equals(before)) {
                unchanged++;
                continue;
            }
            dao.upsert(partner, now);
            if (before == null) {
                inserted++;
            } else {
                updated++;
            }
        }
        Set<String> gone = new HashSet<>(stored.keySet());
        gone.removeAll(inFile);
        return new SyncCounts(inserted, updated, dao.retire(gone, now), unchanged, kept);
    }
}
