package fr.tremplin.outreach;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.year;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PartnerPortalDao {

    private final DSLContext dsl;

    PartnerPortalDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The partner a staff account is tied to: id and page, if it is not retired. */
    Optional<Partner> partnerOf(long staffUserId) {
        return dsl.select(PARTNER.ID, PARTNER.CODE, PARTNER.NAME, PARTNER.KIND, PARTNER.TERRITORY, BRANCH.CODE)
                .from(STAFF_USER).join(PARTNER).on(PARTNER.ID.eq(STAFF_USER.PARTNER_ID))
                .leftJoin(BRANCH).on(BRANCH.ID.eq(PARTNER.BRANCH_ID))
                .where(STAFF_USER.ID.eq(staffUserId)).and(PARTNER.RETIRED_AT.isNull())
                .fetchOptional(r -> new Partner(r.value1(), r.value2(), r.value3(),
                        PartnerKind.valueOf(r.value4().name()), r.value5(), r.value6()));
    }

    /** A partner as stored. */
    record Partner(long id, String code, String name, PartnerKind kind, String territory, String branchCode) {
    }

    /** Sessions started from the partner's code, per month since this time. */
    List<MonthlyReferrals> monthly(long partnerId, LocalDateTime since) {
        return dsl.select(year(PATRON_SESSION.STARTED_AT), month(PATRON_SESSION.STARTED_AT), count())
                .from(PATRON_SESSION)
                .where(PATRON_SESSION.REFERRAL_PARTNER_ID.eq(partnerId)).and(PATRON_SESSION.STARTED_AT.ge(since))
                .groupBy(year(PATRON_SESSION.STARTED_AT), month(PATRON_SESSION.STARTED_AT))
                .fetch(r -> new MonthlyReferrals(YearMonth.of(r.value1(), r.value2()), r.value3()));
    }
}
