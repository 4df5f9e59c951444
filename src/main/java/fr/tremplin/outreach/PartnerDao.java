package fr.tremplin.outreach;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PARTNER;
import static org.jooq.impl.DSL.select;

import fr.tremplin.core.db.jooq.enums.PartnerKind;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
class PartnerDao {

    private final DSLContext dsl;

    PartnerDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The partners that are not retired, by code, as they are stored. */
    Map<String, PartnerDefinition> active() {
        return active(org.jooq.impl.DSL.trueCondition());
    }

    /** The partners that are not retired and that no staff user has edited: the kiosk-config file's to change. */
    Map<String, PartnerDefinition> activeFromFile() {
        return active(PARTNER.STAFF_EDITED_AT.isNull());
    }

    /** The codes of partners, retired or not, that staff edited: the file leaves them alone. */
    java.util.Set<String> staffEdited() {
        return new java.util.HashSet<>(dsl.select(PARTNER.CODE).from(PARTNER).where(PARTNER.STAFF_EDITED_AT.isNotNull())
                .fetch(PARTNER.CODE));
    }

    /** The active partners of these branches and the department-wide ones (every partner when null), by name. */
    java.util.List<PartnerDefinition> list(Collection<String> branchCodes) {
        return dsl.select(PARTNER.CODE, PARTNER.NAME, PARTNER.KIND, BRANCH.CODE, PARTNER.TERRITORY)
                .from(PARTNER).leftJoin(BRANCH).on(BRANCH.ID.eq(PARTNER.BRANCH_ID))
                .where(PARTNER.RETIRED_AT.isNull())
                .and(branchCodes == null ? org.jooq.impl.DSL.trueCondition()
                        : BRANCH.CODE.in(branchCodes).or(PARTNER.BRANCH_ID.isNull()))
                .orderBy(PARTNER.NAME)
                .fetch(r -> new PartnerDefinition(r.value1(), r.value2(),
                        fr.tremplin.outreach.PartnerKind.valueOf(r.value3().name()), r.value4(), r.value5()));
    }

    /** Marks a partner as edited by staff. */
    void markStaffEdited(String code, String username, LocalDateTime now) {
        dsl.update(PARTNER).set(PARTNER.STAFF_EDITED_AT, now).set(PARTNER.STAFF_EDITED_BY, username)
                .where(PARTNER.CODE.eq(code)).execute();
    }

    private Map<String, PartnerDefinition> active(org.jooq.Condition condition) {
        return dsl.select(PARTNER.CODE, PARTNER.NAME, PARTNER.KIND, BRANCH.CODE, PARTNER.TERRITORY)
                .from(PARTNER).leftJoin(BRANCH).on(BRANCH.ID.eq(PARTNER.BRANCH_ID))
                .where(PARTNER.RETIRED_AT.isNull()).and(condition)
                .fetch(r -> new PartnerDefinition(r.value1(), r.value2(),
                        fr.tremplin.outreach.PartnerKind.valueOf(r.value3().name()), r.value4(), r.value5()))
                .stream().collect(Collectors.toMap(PartnerDefinition::code, p -> p));
    }

    /** Inserts the partner, or brings a retired one with the same code back with these details. */
    void upsert(PartnerDefinition partner, LocalDateTime now) {
        Field<Long> branch = partner.branchCode() == null ? null
                : select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(partner.branchCode())).asField();
        PartnerKind kind = PartnerKind.valueOf(partner.kind().name());
        dsl.insertInto(PARTNER)
                .set(PARTNER.CODE, partner.code())
                .set(PARTNER.NAME, partner.name())
                .set(PARTNER.KIND, kind)
                .set(PARTNER.BRANCH_ID, branch == null ? org.jooq.impl.DSL.inline(null, PARTNER.BRANCH_ID) : branch)
                .set(PARTNER.TERRITORY, partner.territory())
                .onDuplicateKeyUpdate()
                .set(PARTNER.NAME, partner.name())
                .set(PARTNER.KIND, kind)
                .set(PARTNER.BRANCH_ID, branch == null ? org.jooq.impl.DSL.inline(null, PARTNER.BRANCH_ID) : branch)
                .set(PARTNER.TERRITORY, partner.territory())
                .set(PARTNER.RETIRED_AT, (LocalDateTime) null)
                .set(PARTNER.UPDATED_AT, now)
                .execute();
    }

    /** Retires the partners of these codes: their referrals stay counted, new ones are not. */
    int retire(Collection<String> codes, LocalDateTime now) {
        return codes.isEmpty() ? 0 : dsl.update(PARTNER).set(PARTNER.RETIRED_AT, now).set(PARTNER.UPDATED_AT, now)
                .where(PARTNER.CODE.in(codes)).and(PARTNER.RETIRED_AT.isNull()).execute();
    }
}
