package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL_BRANCH_RULE;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL_POOL;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_TEXT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.currentLocalDateTime;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.val;

import fr.tremplin.core.db.jooq.enums.CredentialPoolPolicy;
import fr.tremplin.core.db.jooq.enums.CredentialState;
import fr.tremplin.core.domain.AccessMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Pools, their settings and stock, and the fair-use rule of each branch. */
@Repository
class PoolDao {

    private static final Field<AccessMode> MODE = coalesce(OFFER.ACCESS_MODE_OVERRIDE, RESOURCE.ACCESS_MODE);

    private final DSLContext dsl;

    PoolDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The active branches among these codes (all when null), by name. */
    List<StaffBranch> branches(Collection<String> branchCodes) {
        return dsl.select(BRANCH.CODE, BRANCH.NAME, BRANCH.TIME_ZONE).from(BRANCH)
                .where(branchCodes == null ? org.jooq.impl.DSL.trueCondition() : BRANCH.CODE.in(branchCodes))
                .and(BRANCH.RETIRED_AT.isNull())
                .orderBy(BRANCH.NAME)
                .fetch(r -> new StaffBranch(r.value1(), r.value2(), java.time.ZoneId.of(r.value3())));
    }

    /** The offer of a resource at a branch, with its pool if it has one. */
    record OfferPool(long branchId, java.time.ZoneId timeZone, long offerId, long resourceId,
            AccessMode accessMode, boolean enabled, Long poolId, PoolSettings settings) {
    }

    Optional<OfferPool> offer(String branchCode, String resourceCode) {
        return dsl.select(BRANCH.ID, BRANCH.TIME_ZONE, OFFER.ID, RESOURCE.ID, MODE, OFFER.ENABLED,
                        CREDENTIAL_POOL.ID, CREDENTIAL_POOL.POLICY, CREDENTIAL_POOL.LOAN_DAYS,
                        CREDENTIAL_POOL.LOW_STOCK_THRESHOLD, CREDENTIAL_POOL.CARD_CHECK, CREDENTIAL_POOL.LOGIN_LINK)
                .from(OFFER).join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .join(RESOURCE).on(RESOURCE.ID.eq(OFFER.RESOURCE_ID))
                .leftJoin(CREDENTIAL_POOL).on(CREDENTIAL_POOL.OFFER_ID.eq(OFFER.ID))
                .where(BRANCH.CODE.eq(branchCode)).and(RESOURCE.CODE.eq(resourceCode))
                .fetchOptional(r -> new OfferPool(r.value1(), java.time.ZoneId.of(r.value2()), r.value3(),
                        r.value4(), r.value5(), Boolean.TRUE.equals(r.value6()), r.value7(),
                        r.value7() == null ? null : settings(r)));
    }

    long create(long offerId, PoolSettings settings) {
        return dsl.insertInto(CREDENTIAL_POOL)
                .set(CREDENTIAL_POOL.OFFER_ID, offerId)
                .set(CREDENTIAL_POOL.POLICY, CredentialPoolPolicy.valueOf(settings.policy().name()))
                .set(CREDENTIAL_POOL.LOAN_DAYS, settings.loanDays())
                .set(CREDENTIAL_POOL.LOW_STOCK_THRESHOLD, settings.lowStockThreshold())
                .set(CREDENTIAL_POOL.CARD_CHECK, settings.cardCheck())
                .set(CREDENTIAL_POOL.LOGIN_LINK, settings.loginLink())
                .returningResult(CREDENTIAL_POOL.ID).fetchOne().value1();
    }

    void update(long poolId, PoolSettings settings) {
        dsl.update(CREDENTIAL_POOL)
                .set(CREDENTIAL_POOL.POLICY, CredentialPoolPolicy.valueOf(settings.policy().name()))
                .set(CREDENTIAL_POOL.LOAN_DAYS, settings.loanDays())
                .set(CREDENTIAL_POOL.LOW_STOCK_THRESHOLD, settings.lowStockThreshold())
                .set(CREDENTIAL_POOL.CARD_CHECK, settings.cardCheck())
                .set(CREDENTIAL_POOL.LOGIN_LINK, settings.loginLink())
                .set(CREDENTIAL_POOL.UPDATED_AT, currentLocalDateTime(6))
                .set(CREDENTIAL_POOL.VERSION, CREDENTIAL_POOL.VERSION.plus(1))
                .where(CREDENTIAL_POOL.ID.eq(poolId)).execute();
    }

    /** Locks the pool's row, so that imports into one pool run one after the other. */
    void lock(long poolId) {
        dsl.select(CREDENTIAL_POOL.ID).from(CREDENTIAL_POOL).where(CREDENTIAL_POOL.ID.eq(poolId)).forUpdate()
                .execute();
    }

    /** The stock of every pool of these branches (all branches when null), by branch and resource title. */
    List<PoolStock> stock(Collection<String> branchCodes, LocalDate today) {
        return stock(branchCodes == null ? org.jooq.impl.DSL.trueCondition() : BRANCH.CODE.in(branchCodes), today);
    }

    /** One pool's stock, with its branch and resource (for scope checks and the audit log): one query. */
    Optional<PoolStock> one(long poolId, LocalDate today) {
        return stock(CREDENTIAL_POOL.ID.eq(poolId), today).stream().findFirst();
    }

    private List<PoolStock> stock(Condition which, LocalDate today) {
        Condition usable = CREDENTIAL.VALID_FROM.isNull().or(CREDENTIAL.VALID_FROM.le(today));
        Field<Integer> available = count(CREDENTIAL.ID).filterWhere(
                CREDENTIAL.STATE.eq(CredentialState.AVAILABLE).and(usable));
        Field<Integer> waiting = count(CREDENTIAL.ID).filterWhere(
                CREDENTIAL.STATE.eq(CredentialState.AVAILABLE).and(usable.not()));
        Field<Integer> issued = count(CREDENTIAL.ID).filterWhere(CREDENTIAL.STATE.eq(CredentialState.ISSUED));
        Field<Integer> expired = count(CREDENTIAL.ID).filterWhere(CREDENTIAL.STATE.eq(CredentialState.EXPIRED));
        Field<Integer> revoked = count(CREDENTIAL.ID).filterWhere(CREDENTIAL.STATE.eq(CredentialState.REVOKED));
        Field<String> title = coalesce(RESOURCE_TEXT.TITLE, RESOURCE.CODE);
        return dsl.select(CREDENTIAL_POOL.ID, BRANCH.CODE, BRANCH.NAME, RESOURCE.CODE, title, MODE,
                        CREDENTIAL_POOL.POLICY, CREDENTIAL_POOL.LOAN_DAYS, CREDENTIAL_POOL.LOW_STOCK_THRESHOLD,
                        CREDENTIAL_POOL.CARD_CHECK, CREDENTIAL_POOL.LOGIN_LINK, available, waiting, issued, expired,
                        revoked)
                .from(CREDENTIAL_POOL)
                .join(OFFER).on(OFFER.ID.eq(CREDENTIAL_POOL.OFFER_ID))
                .join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .join(RESOURCE).on(RESOURCE.ID.eq(OFFER.RESOURCE_ID))
                .leftJoin(RESOURCE_TEXT).on(RESOURCE_TEXT.RESOURCE_ID.eq(RESOURCE.ID))
                .and(RESOURCE_TEXT.LOCALE.eq(inline("fr")))
                .leftJoin(CREDENTIAL).on(CREDENTIAL.POOL_ID.eq(CREDENTIAL_POOL.ID))
                .where(which).and(BRANCH.RETIRED_AT.isNull()).and(RESOURCE.RETIRED_AT.isNull())
                .groupBy(CREDENTIAL_POOL.ID, BRANCH.CODE, BRANCH.NAME, RESOURCE.CODE, title, MODE,
                        CREDENTIAL_POOL.POLICY, CREDENTIAL_POOL.LOAN_DAYS, CREDENTIAL_POOL.LOW_STOCK_THRESHOLD,
                        CREDENTIAL_POOL.CARD_CHECK, CREDENTIAL_POOL.LOGIN_LINK)
                .orderBy(BRANCH.NAME, title)
                .fetch(r -> new PoolStock(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        settings(r), r.value12(), r.value13(), r.value14(), r.value15(), r.value16()));
    }

    /** Offers of a branch that hand out credentials and have no pool yet: resource code and title. */
    List<PoolCandidate> offersWithoutPool(String branchCode) {
        return dsl.select(RESOURCE.CODE, coalesce(RESOURCE_TEXT.TITLE, RESOURCE.CODE), MODE)
                .from(OFFER).join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .join(RESOURCE).on(RESOURCE.ID.eq(OFFER.RESOURCE_ID))
                .leftJoin(RESOURCE_TEXT).on(RESOURCE_TEXT.RESOURCE_ID.eq(RESOURCE.ID))
                .and(RESOURCE_TEXT.LOCALE.eq(inline("fr")))
                .leftJoin(CREDENTIAL_POOL).on(CREDENTIAL_POOL.OFFER_ID.eq(OFFER.ID))
                .where(BRANCH.CODE.eq(branchCode)).and(CREDENTIAL_POOL.ID.isNull())
                .and(RESOURCE.RETIRED_AT.isNull())
                .and(MODE.in(AccessMode.POOL_CODE, AccessMode.SHARED_ACCOUNT))
                .orderBy(RESOURCE_TEXT.TITLE)
                .fetch(r -> new PoolCandidate(r.value1(), r.value2(), r.value3()));
    }

    /** The branch's limit of credentials per kiosk and hour, or null when it uses the default. */
    Integer perKioskPerHour(long branchId) {
        return dsl.select(CREDENTIAL_BRANCH_RULE.PER_KIOSK_PER_HOUR).from(CREDENTIAL_BRANCH_RULE)
                .where(CREDENTIAL_BRANCH_RULE.BRANCH_ID.eq(branchId)).fetchOne(CREDENTIAL_BRANCH_RULE.PER_KIOSK_PER_HOUR);
    }

    Integer perKioskPerHour(String branchCode) {
        return dsl.select(CREDENTIAL_BRANCH_RULE.PER_KIOSK_PER_HOUR).from(CREDENTIAL_BRANCH_RULE)
                .join(BRANCH).on(BRANCH.ID.eq(CREDENTIAL_BRANCH_RULE.BRANCH_ID))
                .where(BRANCH.CODE.eq(branchCode)).fetchOne(CREDENTIAL_BRANCH_RULE.PER_KIOSK_PER_HOUR);
    }

    /** @return false when the branch is unknown */
    boolean setPerKioskPerHour(String branchCode, int limit) {
        Long branchId = dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode)).fetchOne(BRANCH.ID);
        if (branchId == null) {
            return false;
        }
        dsl.insertInto(CREDENTIAL_BRANCH_RULE)
                .set(CREDENTIAL_BRANCH_RULE.BRANCH_ID, branchId)
                .set(CREDENTIAL_BRANCH_RULE.PER_KIOSK_PER_HOUR, limit)
                .onDuplicateKeyUpdate()
                .set(CREDENTIAL_BRANCH_RULE.PER_KIOSK_PER_HOUR, val(limit))
                .set(CREDENTIAL_BRANCH_RULE.UPDATED_AT, currentLocalDateTime(6))
                .execute();
        return true;
    }

    private static PoolSettings settings(Record r) {
        CredentialPoolPolicy policy = r.get(CREDENTIAL_POOL.POLICY);
        return new PoolSettings(PoolPolicy.valueOf(policy.name()), r.get(CREDENTIAL_POOL.LOAN_DAYS),
                r.get(CREDENTIAL_POOL.LOW_STOCK_THRESHOLD), Boolean.TRUE.equals(r.get(CREDENTIAL_POOL.CARD_CHECK)),
                r.get(CREDENTIAL_POOL.LOGIN_LINK));
    }
}
