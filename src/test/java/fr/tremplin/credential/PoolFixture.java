package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL_POOL;
import static fr.tremplin.core.db.jooq.Tables.KIOSK;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;

import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.domain.SessionKeys;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;

/**
 * A pool of its own for one test: a fresh resource offered by a demo branch, so that tests never share a pool, and
 * kiosk PCs and patron sessions to issue to.
 */
final class PoolFixture {

    static final String BRANCH_CODE = "longwy";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final String resourceCode;
    final long poolId;
    private final DSLContext dsl;
    private final CredentialSealer sealer;

    private PoolFixture(DSLContext dsl, CredentialSealer sealer, String resourceCode, long poolId) {
        this.dsl = dsl;
        this.sealer = sealer;
        this.resourceCode = resourceCode;
        this.poolId = poolId;
    }

    static PoolFixture create(DSLContext dsl, PoolDao pools, CredentialSealer sealer, AccessMode mode,
            PoolSettings settings) {
        String code = "TEST_POOL_" + System.nanoTime() + "_" + SEQUENCE.incrementAndGet();
        long resourceId = dsl.insertInto(RESOURCE).set(RESOURCE.CODE, code).set(RESOURCE.ACCESS_MODE, mode)
                .set(RESOURCE.LEVEL_MIN, LanguageLevel.A1).set(RESOURCE.LEVEL_MAX, LanguageLevel.C2)
                .set(RESOURCE.URL, "https://publisher.example/" + code)
                .returningResult(RESOURCE.ID).fetchOne().value1();
        long offerId = dsl.insertInto(OFFER).set(OFFER.BRANCH_ID, branchId(dsl)).set(OFFER.RESOURCE_ID, resourceId)
                .returningResult(OFFER.ID).fetchOne().value1();
        return new PoolFixture(dsl, sealer, code, pools.create(offerId, settings));
    }

    /** Removes the pool with its credentials, its offer and its resource. */
    void remove() {
        dsl.deleteFrom(CREDENTIAL).where(CREDENTIAL.POOL_ID.eq(poolId)).execute();
        long offerId = dsl.select(CREDENTIAL_POOL.OFFER_ID).from(CREDENTIAL_POOL).where(CREDENTIAL_POOL.ID.eq(poolId))
                .fetchOne(CREDENTIAL_POOL.OFFER_ID);
        dsl.deleteFrom(CREDENTIAL_POOL).where(CREDENTIAL_POOL.ID.eq(poolId)).execute();
        dsl.deleteFrom(OFFER).where(OFFER.ID.eq(offerId)).execute();
        dsl.deleteFrom(RESOURCE).where(RESOURCE.CODE.eq(resourceCode)).execute();
    }

    static long branchId(DSLContext dsl) {
        return dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(BRANCH_CODE)).fetchOne().value1();
    }

    /** Adds credentials login-0001/secret-0001 ... straight into the pool, valid until the given day. */
    List<String> fill(int count, LocalDate validUntil) {
        List<SealedCredential> sealed = new ArrayList<>();
        List<String> logins = new ArrayList<>();
        String run = Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
        for (int i = 1; i <= count; i++) {
            String login = "user-" + run + "-" + i;
            logins.add(login);
            sealed.add(sealer.seal(poolId, new CredentialLine(i, login, "secret-" + run + "-" + i, null, validUntil,
                    null)));
        }
        new CredentialDao(dsl).insertAll(poolId, sealed);
        return logins;
    }

    long kiosk() {
        byte[] token = new byte[32];
        new SecureRandom().nextBytes(token);
        return dsl.insertInto(KIOSK).set(KIOSK.BRANCH_ID, branchId(dsl)).set(KIOSK.LABEL, "test kiosk")
                .set(KIOSK.TOKEN_HASH, token).returningResult(KIOSK.ID).fetchOne().value1();
    }

    /** A stored patron session at the branch, on this kiosk (null: an unregistered browser). */
    UUID session(Long kioskId) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(PATRON_SESSION).set(PATRON_SESSION.ID, SessionKeys.bytes(id))
                .set(PATRON_SESSION.BRANCH_ID, branchId(dsl)).set(PATRON_SESSION.KIOSK_ID, kioskId)
                .set(PATRON_SESSION.STARTED_AT, LocalDateTime.now(java.time.ZoneOffset.UTC)).execute();
        return id;
    }

    void limit(int perKioskPerHour) {
        new PoolDao(dsl).setPerKioskPerHour(BRANCH_CODE, perKioskPerHour);
    }
}
