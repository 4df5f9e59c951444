package fr.tremplin.outreach;

import fr.tremplin.admin.BranchService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The page of a signed-in insertion partner: who it is, where its slips may send people, and how many sessions
 * its slips started each month (never a count under 5, never anything about a patron). A partner sees only this.
 */
@Service
public class PartnerPortal {

    static final int MONTHS = 12;

    private final PartnerPortalDao dao;
    private final StaffAccess access;
    private final BranchService branches;
    private final Clock clock;

    PartnerPortal(PartnerPortalDao dao, StaffAccess access, BranchService branches, Clock clock) {
        this.dao = dao;
        this.access = access;
        this.branches = branches;
        this.clock = clock;
    }

    /** @throws AccessDeniedException unless the signed-in user is a partner whose partner is not retired */
    @Transactional(readOnly = true)
    public PartnerPage mine() {
        PartnerPortalDao.Partner partner = partner();
        List<String> codes = partner.branchCode() != null ? List.of(partner.branchCode())
                : branches.activeBranches().stream().map(BranchSettings::code).toList();
        return new PartnerPage(partner.code(), partner.name(), partner.kind(), partner.territory(), codes);
    }

    /** The last twelve months, oldest first, months without a session included (as 0). */
    @Transactional(readOnly = true)
    public List<MonthlyReferrals> referrals() {
        PartnerPortalDao.Partner partner = partner();
        YearMonth now = YearMonth.now(clock);
        YearMonth first = now.minusMonths(MONTHS - 1L);
        Map<YearMonth, MonthlyReferrals> counted = dao.monthly(partner.id(), first.atDay(1).atStartOfDay())
                .stream().collect(Collectors.toMap(MonthlyReferrals::month, Function.identity()));
        List<MonthlyReferrals> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(now); month = month.plusMonths(1)) {
            months.add(counted.getOrDefault(month, new MonthlyReferrals(month, 0)));
        }
        return months;
    }

    private PartnerPortalDao.Partner partner() {
        StaffUser user = access.requireRole(StaffRole.PARTNER);
        return dao.partnerOf(user.id()).orElseThrow(() -> new AccessDeniedException(user.username()
                + " is tied to no active partner"));
    }
}
