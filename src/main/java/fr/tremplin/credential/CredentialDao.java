package fr.tremplin.credential;

import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL_POOL;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static org.jooq.impl.DSL.count;

import fr.tremplin.core.db.jooq.enums.CredentialPoolPolicy;
import fr.tremplin.core.db.jooq.enums.CredentialState;
import fr.tremplin.core.db.jooq.tables.records.CredentialRecord;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep7;
import org.jooq.Record5;
import org.jooq.SelectForUpdateStep;
import org.springframework.stereotype.Repository;

/** The credentials of the pools: bulk insert, atomic taking, and the upkeep of their states. */
@Repository
class CredentialDao {

    private static final int INSERT_CHUNK = 1000;

    private final DSLContext dsl;

    CredentialDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A credential locked for the caller's transaction, still sealed. */
    record Taken(long id, byte[] loginCipher, byte[] secretCipher, LocalDate validFrom, LocalDate validUntil) {
    }

    /** The identities already in a pool, as digests. */
    Set<ByteBuffer> digests(long poolId) {
        Set<ByteBuffer> digests = new HashSet<>();
        dsl.select(CREDENTIAL.LOGIN_DIGEST).from(CREDENTIAL).where(CREDENTIAL.POOL_ID.eq(poolId))
                .fetch().forEach(r -> digests.add(ByteBuffer.wrap(r.value1())));
        return digests;
    }

    void insertAll(long poolId, List<SealedCredential> credentials) {
        for (int from = 0; from < credentials.size(); from += INSERT_CHUNK) {
            InsertValuesStep7<CredentialRecord, Long, byte[], byte[], byte[], LocalDate, LocalDate, String> insert =
                    dsl.insertInto(CREDENTIAL, CREDENTIAL.POOL_ID, CREDENTIAL.LOGIN_DIGEST, CREDENTIAL.LOGIN_CIPHER,
                            CREDENTIAL.SECRET_CIPHER, CREDENTIAL.VALID_FROM, CREDENTIAL.VALID_UNTIL, CREDENTIAL.NOTE);
            for (SealedCredential c : credentials.subList(from, Math.min(credentials.size(), from + INSERT_CHUNK))) {
                insert = insert.values(poolId, c.loginDigest(), c.loginCipher(), c.secretCipher(), c.validFrom(),
                        c.validUntil(), c.note());
            }
            insert.execute();
        }
    }

    /**
     * Takes the first credential of the pool that is free and valid today, locking its row for this transaction;
     * rows other transactions hold are skipped, not waited for, so concurrent kiosks never get the same one.
     */
    Optional<Taken> takeAvailable(long poolId, LocalDate today) {
        return available(poolId, today).forUpdate().skipLocked().fetchOptional(CredentialDao::taken);
    }

    /** The first free, valid credential, without taking it (a shared account). */
    Optional<Taken> peekAvailable(long poolId, LocalDate today) {
        return available(poolId, today).fetchOptional(CredentialDao::taken);
    }

    /** A credential of the pool that is issued (not yet returned, expired or revoked). */
    Optional<Taken> issued(long poolId, long credentialId) {
        return dsl.select(CREDENTIAL.ID, CREDENTIAL.LOGIN_CIPHER, CREDENTIAL.SECRET_CIPHER, CREDENTIAL.VALID_FROM,
                        CREDENTIAL.VALID_UNTIL)
                .from(CREDENTIAL)
                .where(CREDENTIAL.ID.eq(credentialId)).and(CREDENTIAL.POOL_ID.eq(poolId))
                .and(CREDENTIAL.STATE.eq(CredentialState.ISSUED))
                .fetchOptional(CredentialDao::taken);
    }

    /**
     * The credential of the pool issued to the session, if any; shown valid until its loan ends when it is lent
     * (the same date the issuance showed).
     */
    Optional<Taken> issuedToSession(long poolId, byte[] patronSession) {
        return dsl.select(CREDENTIAL.ID, CREDENTIAL.LOGIN_CIPHER, CREDENTIAL.SECRET_CIPHER, CREDENTIAL.VALID_FROM,
                        CREDENTIAL.VALID_UNTIL, CREDENTIAL.LENT_UNTIL)
                .from(CREDENTIAL)
                .where(CREDENTIAL.POOL_ID.eq(poolId)).and(CREDENTIAL.PATRON_SESSION_ID.eq(patronSession))
                .and(CREDENTIAL.STATE.eq(CredentialState.ISSUED))
                .orderBy(CREDENTIAL.ISSUED_AT.desc()).limit(1)
                .fetchOptional(r -> {
                    LocalDate until = r.value5();
                    if (r.value6() != null && (until == null || r.value6().toLocalDate().isBefore(until))) {
                        until = r.value6().toLocalDate();
                    }
                    return new Taken(r.value1(), r.value2(), r.value3(), r.value4(), until);
                });
    }

    /** The first credential of the pool that is free and valid today, by id (the order of the pool's index). */
    private SelectForUpdateStep<Record5<Long, byte[], byte[], LocalDate, LocalDate>> available(long poolId,
            LocalDate today) {
        return dsl.select(CREDENTIAL.ID, CREDENTIAL.LOGIN_CIPHER, CREDENTIAL.SECRET_CIPHER, CREDENTIAL.VALID_FROM,
                        CREDENTIAL.VALID_UNTIL)
                .from(CREDENTIAL)
                .where(CREDENTIAL.POOL_ID.eq(poolId)).and(CREDENTIAL.STATE.eq(CredentialState.AVAILABLE))
                .and(CREDENTIAL.VALID_FROM.isNull().or(CREDENTIAL.VALID_FROM.le(today)))
                .and(CREDENTIAL.VALID_UNTIL.isNull().or(CREDENTIAL.VALID_UNTIL.ge(today)))
                .orderBy(CREDENTIAL.ID).limit(1);
    }

    void markIssued(long id, byte[] sessionId, LocalDateTime now, LocalDateTime lentUntil, byte[] cardDigest) {
        dsl.update(CREDENTIAL)
                .set(CREDENTIAL.STATE, CredentialState.ISSUED)
                .set(CREDENTIAL.PATRON_SESSION_ID, sessionId)
                .set(CREDENTIAL.ISSUED_AT, now)
                .set(CREDENTIAL.LENT_UNTIL, lentUntil)
                .set(CREDENTIAL.CARD_DIGEST, cardDigest)
                .set(CREDENTIAL.VERSION, CREDENTIAL.VERSION.plus(1))
                .where(CREDENTIAL.ID.eq(id)).and(CREDENTIAL.STATE.eq(CredentialState.AVAILABLE))
                .execute();
    }

    /**
     * Credentials taken since this time from one kiosk PC of the branch, or from the branch's unregistered browsers
     * together when {@code kioskId} is null.
     */
    int issuedSince(long branchId, Long kioskId, LocalDateTime since) {
        return dsl.select(count()).from(CREDENTIAL)
                .join(PATRON_SESSION).on(PATRON_SESSION.ID.eq(CREDENTIAL.PATRON_SESSION_ID))
                .where(CREDENTIAL.ISSUED_AT.ge(since))
                // From the kiosk's sessions of the last day (its index), not from every credential of the hour.
                .and(PATRON_SESSION.STARTED_AT.ge(since.minusDays(1)))
                .and(PATRON_SESSION.BRANCH_ID.eq(branchId))
                .and(kioskId == null ? PATRON_SESSION.KIOSK_ID.isNull() : PATRON_SESSION.KIOSK_ID.eq(kioskId))
                .fetchOne().value1();
    }

    /** Whether this card holds a credential of the pool that is still lent or valid. */
    boolean cardHolds(long poolId, byte[] cardDigest) {
        return dsl.fetchExists(dsl.selectOne().from(CREDENTIAL)
                .where(CREDENTIAL.POOL_ID.eq(poolId)).and(CREDENTIAL.CARD_DIGEST.eq(cardDigest))
                .and(CREDENTIAL.STATE.eq(CredentialState.ISSUED)));
    }

    /** @return false when the credential is not in the pool or already revoked */
    boolean revoke(long poolId, long credentialId, LocalDateTime now) {
        return dsl.update(CREDENTIAL)
                .set(CREDENTIAL.STATE, CredentialState.REVOKED)
                .set(CREDENTIAL.REVOKED_AT, now)
                .set(CREDENTIAL.CARD_DIGEST, (byte[]) null)
                .set(CREDENTIAL.VERSION, CREDENTIAL.VERSION.plus(1))
                .where(CREDENTIAL.ID.eq(credentialId)).and(CREDENTIAL.POOL_ID.eq(poolId))
                .and(CREDENTIAL.STATE.ne(CredentialState.REVOKED))
                .execute() == 1;
    }

    /** Lent credentials of reusable pools whose loan has ended come back, still valid, without their card. */
    int returnLent(LocalDateTime now, LocalDate today) {
        return dsl.update(CREDENTIAL)
                .set(CREDENTIAL.STATE, CredentialState.AVAILABLE)
                .set(CREDENTIAL.PATRON_SESSION_ID, (byte[]) null)
                .set(CREDENTIAL.ISSUED_AT, (LocalDateTime) null)
                .set(CREDENTIAL.LENT_UNTIL, (LocalDateTime) null)
                .set(CREDENTIAL.CARD_DIGEST, (byte[]) null)
                .set(CREDENTIAL.VERSION, CREDENTIAL.VERSION.plus(1))
                .where(CREDENTIAL.STATE.eq(CredentialState.ISSUED)).and(CREDENTIAL.LENT_UNTIL.lt(now))
                .and(CREDENTIAL.VALID_UNTIL.isNull().or(CREDENTIAL.VALID_UNTIL.ge(today)))
                .and(CREDENTIAL.POOL_ID.in(dsl.select(CREDENTIAL_POOL.ID).from(CREDENTIAL_POOL)
                        .where(CREDENTIAL_POOL.POLICY.eq(CredentialPoolPolicy.REUSABLE_AFTER_EXPIRY))))
                .execute();
    }

    /** Credentials whose validity has ended are retired, with their card. */
    int expire(LocalDate today) {
        return dsl.update(CREDENTIAL)
                .set(CREDENTIAL.STATE, CredentialState.EXPIRED)
                .set(CREDENTIAL.CARD_DIGEST, (byte[]) null)
                .set(CREDENTIAL.VERSION, CREDENTIAL.VERSION.plus(1))
                .where(CREDENTIAL.STATE.in(CredentialState.AVAILABLE, CredentialState.ISSUED))
                .and(CREDENTIAL.VALID_UNTIL.lt(today))
                .execute();
    }

    /**
     * Card digests are kept only while the credential they limit is valid: dropped once its loan has ended, and
     * after a year for a credential without an end.
     */
    int forgetCards(LocalDateTime now) {
        return dsl.update(CREDENTIAL)
                .set(CREDENTIAL.CARD_DIGEST, (byte[]) null)
                .where(CREDENTIAL.CARD_DIGEST.isNotNull())
                .and(CREDENTIAL.LENT_UNTIL.lt(now).or(CREDENTIAL.ISSUED_AT.lt(now.minusYears(1)))
                        .or(CREDENTIAL.STATE.ne(CredentialState.ISSUED)))
                .execute();
    }

    List<CredentialRow> rows(long poolId, int offset, int limit) {
        return dsl.select(CREDENTIAL.ID, CREDENTIAL.STATE, CREDENTIAL.VALID_FROM, CREDENTIAL.VALID_UNTIL,
                        CREDENTIAL.ISSUED_AT, CREDENTIAL.LENT_UNTIL, CREDENTIAL.IMPORTED_AT, CREDENTIAL.NOTE)
                .from(CREDENTIAL).where(CREDENTIAL.POOL_ID.eq(poolId))
                .orderBy(CREDENTIAL.ID).offset(offset).limit(limit)
                .fetch(r -> new CredentialRow(r.value1(), CredentialRow.CredentialState.valueOf(r.value2().name()),
                        r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()));
    }

    int countRows(long poolId) {
        return dsl.fetchCount(CREDENTIAL, CREDENTIAL.POOL_ID.eq(poolId));
    }

    /** A ciphertext that does not start with this header (format and key id): sealed under another key. */
    private static org.jooq.Condition notUnder(org.jooq.Field<byte[]> cipher, byte[] header) {
        return cipher.isNotNull().and(org.jooq.impl.DSL.field("LEFT({0}, {1})", byte[].class, cipher,
                org.jooq.impl.DSL.inline(header.length)).ne(header));
    }

    /**
     * The stored credentials after this id that are sealed under another key than the current one (whose ciphertexts
     * do not start with {@code currentHeader}), a batch at a time, in id order: a start-up without a rotation to do
     * reads nothing.
     */
    void forEachSealed(long afterId, int batch, byte[] currentHeader, Consumer<Sealed> action) {
        dsl.select(CREDENTIAL.ID, CREDENTIAL.POOL_ID, CREDENTIAL.LOGIN_CIPHER, CREDENTIAL.SECRET_CIPHER)
                .from(CREDENTIAL).where(CREDENTIAL.ID.gt(afterId))
                .and(notUnder(CREDENTIAL.LOGIN_CIPHER, currentHeader).or(notUnder(CREDENTIAL.SECRET_CIPHER,
                        currentHeader)))
                .orderBy(CREDENTIAL.ID).limit(batch)
                .fetch(r -> new Sealed(r.value1(), r.value2(), r.value3(), r.value4()))
                .forEach(action);
    }

    /** A stored credential's ciphertexts, for a key rotation. */
    record Sealed(long id, long poolId, byte[] loginCipher, byte[] secretCipher) {
    }

    void reseal(long id, byte[] loginDigest, byte[] loginCipher, byte[] secretCipher) {
        dsl.update(CREDENTIAL)
                .set(CREDENTIAL.LOGIN_DIGEST, loginDigest)
                .set(CREDENTIAL.LOGIN_CIPHER, loginCipher)
                .set(CREDENTIAL.SECRET_CIPHER, secretCipher)
                .set(CREDENTIAL.CARD_DIGEST, (byte[]) null)
                .where(CREDENTIAL.ID.eq(id)).execute();
    }

    private static Taken taken(Record5<Long, byte[], byte[], LocalDate, LocalDate> r) {
        return new Taken(r.value1(), r.value2(), r.value3(), r.value4(), r.value5());
    }
}
