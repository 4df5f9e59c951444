package fr.tremplin.admin;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.KIOSK;
import static fr.tremplin.core.db.jooq.Tables.STAFF_USER;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class KioskDao {

    private final DSLContext dsl;

    KioskDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A kiosk that is not revoked, of a branch that is not retired. */
    Optional<RegisteredKiosk> findActiveByTokenHash(byte[] tokenHash) {
        return dsl.select(KIOSK.ID, BRANCH.CODE, KIOSK.LABEL).from(KIOSK).join(BRANCH).on(BRANCH.ID.eq(KIOSK.BRANCH_ID))
                .where(KIOSK.TOKEN_HASH.eq(tokenHash)).and(KIOSK.REVOKED_AT.isNull()).and(BRANCH.RETIRED_AT.isNull())
                .fetchOptional(r -> new RegisteredKiosk(r.value1(), r.value2(), r.value3()));
    }

    /** Sets last-seen unless it was set less than a minute ago, so a busy kiosk writes once a minute at most. */
    void touch(long kioskId, LocalDateTime now) {
        dsl.update(KIOSK).set(KIOSK.LAST_SEEN_AT, now).where(KIOSK.ID.eq(kioskId))
                .and(KIOSK.LAST_SEEN_AT.isNull().or(KIOSK.LAST_SEEN_AT.lt(now.minusMinutes(1)))).execute();
    }

    List<KioskSummary> findByBranch(String branchCode) {
        return dsl.select(KIOSK.ID, BRANCH.CODE, KIOSK.LABEL, KIOSK.REGISTERED_AT, STAFF_USER.USERNAME,
                        KIOSK.REVOKED_AT, KIOSK.LAST_SEEN_AT)
                .from(KIOSK).join(BRANCH).on(BRANCH.ID.eq(KIOSK.BRANCH_ID))
                .leftJoin(STAFF_USER).on(STAFF_USER.ID.eq(KIOSK.REGISTERED_BY))
                .where(BRANCH.CODE.eq(branchCode))
                .orderBy(KIOSK.REVOKED_AT.isNull().desc(), KIOSK.LABEL)
                .fetch(r -> new KioskSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    Optional<KioskSummary> findById(long id) {
        return dsl.select(KIOSK.ID, BRANCH.CODE, KIOSK.LABEL, KIOSK.REGISTERED_AT, STAFF_USER.USERNAME,
                        KIOSK.REVOKED_AT, KIOSK.LAST_SEEN_AT)
                .from(KIOSK).join(BRANCH).on(BRANCH.ID.eq(KIOSK.BRANCH_ID))
                .leftJoin(STAFF_USER).on(STAFF_USER.ID.eq(KIOSK.REGISTERED_BY))
                .where(KIOSK.ID.eq(id))
                .fetchOptional(r -> new KioskSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    long insert(String branchCode, String label, byte[] tokenHash, long registeredBy, LocalDateTime now) {
        return dsl.insertInto(KIOSK)
                .set(KIOSK.BRANCH_ID, dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode)).asField())
                .set(KIOSK.LABEL, label).set(KIOSK.TOKEN_HASH, tokenHash).set(KIOSK.REGISTERED_AT, now)
                .set(KIOSK.REGISTERED_BY, registeredBy).set(KIOSK.VERSION, 0)
                .returningResult(KIOSK.ID).fetchOne().value1();
    }

    boolean revoke(long id, LocalDateTime now) {
        return dsl.update(KIOSK).set(KIOSK.REVOKED_AT, now).set(KIOSK.VERSION, KIOSK.VERSION.plus(1))
                .where(KIOSK.ID.eq(id)).and(KIOSK.REVOKED_AT.isNull()).execute() == 1;
    }
}
