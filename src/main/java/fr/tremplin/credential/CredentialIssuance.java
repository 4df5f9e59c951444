package fr.tremplin.credential;

import fr.tremplin.core.db.TransientRetry;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.SessionKeys;
import fr.tremplin.credential.CredentialCipher.Column;
import fr.tremplin.credential.IssueResult.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands a patron the credential of a resource, on "get my access": one free credential of the branch's pool,
 * taken and marked in one transaction, so that two kiosks never get the same one and a failure loses none.
 * Fair use without identity: a kiosk PC hands out at most its branch's hourly share, and a pool may ask for a
 * library card, of which only a keyed hash is kept while the credential is valid.
 */
@Service
public class CredentialIssuance {

    private static final Duration FAIR_USE_WINDOW = Duration.ofHours(1);

    private final PoolDao pools;
    private final CredentialDao credentials;
    private final CredentialCipher cipher;
    private final CredentialProperties properties;
    private final Clock clock;
    private final TransientRetry retry;
    private final TransactionTemplate readCommitted;

    CredentialIssuance(PoolDao pools, CredentialDao credentials, CredentialCipher cipher,
            CredentialProperties properties, Clock clock, TransientRetry retry,
            PlatformTransactionManager transactions) {
        this.retry = retry;
        this.readCommitted = new TransactionTemplate(transactions);
        readCommitted.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.pools = pools;
        this.credentials = credentials;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    /** A patron's request. */
    public record Request(String branchCode, String resourceCode, UUID patronSessionId, Long kioskId,
            String cardNumber) {

        @Override
        public String toString() {
            return "Request[" + branchCode + ", " + resourceCode + ", kiosk " + kioskId + ", card "
                    + (cardNumber == null ? "none" : "given") + "]";
        }
    }

    /**
     * Takes one credential for the patron session, which must already be stored.
     *
     * <p>Read committed: the rows of the pool that the search passes over without taking are not kept locked, so
     * concurrent kiosks only ever skip the one row each of the others holds. A transaction the database asks to try
     * again (a deadlock, a Galera certification failure, a commit cut by a failover) is tried again as a whole, unless
     * the session turns out to hold a credential of the pool already: the commit landed, and that one is the answer.
     */
    public IssueResult take(Request request) {
        return retry.run("credential take", () -> readCommitted.execute(status -> takeOnce(request)),
                () -> alreadyIssued(request));
    }

    /** The credential of the offer's pool that the session holds, when an earlier try's commit landed. */
    Optional<IssueResult> alreadyIssued(Request request) {
        Optional<PoolDao.OfferPool> found = pools.offer(request.branchCode(), request.resourceCode());
        if (found.isEmpty() || found.get().poolId() == null) {
            return Optional.empty();
        }
        long poolId = found.get().poolId();
        return credentials.issuedToSession(poolId, SessionKeys.bytes(request.patronSessionId()))
                .map(held -> new IssueResult(Status.ISSUED, withLoginLink(found.get().settings(),
                        open(request.resourceCode(), poolId, held, true))));
    }

    private static IssuedCredential withLoginLink(PoolSettings settings, IssuedCredential issued) {
        return new IssuedCredential(issued.resourceCode(), issued.login(), issued.secret(), issued.validFrom(),
                issued.validUntil(), true, settings.loginLinkFor(issued.login()));
    }

    private IssueResult takeOnce(Request request) {
        Optional<PoolDao.OfferPool> found = pools.offer(request.branchCode(), request.resourceCode());
        if (found.isEmpty() || found.get().poolId() == null || !found.get().enabled()
                || found.get().accessMode() != AccessMode.POOL_CODE) {
            return IssueResult.of(Status.NO_POOL);
        }
        PoolDao.OfferPool offer = found.get();
        PoolSettings settings = offer.settings();
        String card = request.cardNumber() == null || request.cardNumber().isBlank() ? null : request.cardNumber();
        if (settings.cardCheck() && card == null) {
            return IssueResult.of(Status.CARD_NEEDED);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (credentials.issuedSince(offer.branchId(), request.kioskId(), now.minus(FAIR_USE_WINDOW))
                >= perKioskPerHour(offer.branchId())) {
            return IssueResult.of(Status.KIOSK_LIMIT);
        }
        byte[] cardDigest = settings.cardCheck() ? cipher.cardDigest(card) : null;
        if (cardDigest != null && credentials.cardHolds(offer.poolId(), cardDigest)) {
            return IssueResult.of(Status.CARD_HOLDS_ONE);
        }
        return issue(offer, request.resourceCode(), request.patronSessionId(), now, cardDigest)
                .map(handed -> new IssueResult(Status.ISSUED, handed.credential()))
                .orElseGet(() -> IssueResult.of(Status.POOL_EMPTY));
    }

    /**
     * Hands one credential of the offer's pool to a workshop seat's session, on a librarian's word: no library
     * card and no per-kiosk share (the librarian is there). Empty when the offer has no pool or the pool is empty.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public Optional<HandedCredential> handOut(String branchCode, String resourceCode, UUID patronSessionId) {
        Optional<PoolDao.OfferPool> found = pools.offer(branchCode, resourceCode);
        if (found.isEmpty() || found.get().poolId() == null || !found.get().enabled()
                || found.get().accessMode() != AccessMode.POOL_CODE) {
            return Optional.empty();
        }
        return issue(found.get(), resourceCode, patronSessionId, LocalDateTime.now(clock), null);
    }

    /** A credential handed out earlier (to a workshop seat), opened again to show it; empty unless still issued. */
    @Transactional(readOnly = true)
    public Optional<IssuedCredential> reopen(String branchCode, String resourceCode, long credentialId) {
        Optional<PoolDao.OfferPool> found = pools.offer(branchCode, resourceCode);
        if (found.isEmpty() || found.get().poolId() == null) {
            return Optional.empty();
        }
        long poolId = found.get().poolId();
        return credentials.issued(poolId, credentialId).map(c -> open(resourceCode, poolId, c, true));
    }

    private Optional<HandedCredential> issue(PoolDao.OfferPool offer, String resourceCode, UUID patronSessionId,
            LocalDateTime now, byte[] cardDigest) {
        PoolSettings settings = offer.settings();
        LocalDate today = ZonedDateTime.now(clock).withZoneSameInstant(offer.timeZone()).toLocalDate();
        Optional<CredentialDao.Taken> taken = credentials.takeAvailable(offer.poolId(), today);
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        CredentialDao.Taken credential = taken.get();
        IssuedCredential issued = open(resourceCode, offer.poolId(), credential, true);
        LocalDateTime lentUntil = null;
        LocalDate shownUntil = credential.validUntil();
        if (settings.policy() == PoolPolicy.REUSABLE_AFTER_EXPIRY) {
            lentUntil = now.plusDays(settings.loanDays());
            LocalDate loanEnd = today.plusDays(settings.loanDays());
            shownUntil = shownUntil == null || loanEnd.isBefore(shownUntil) ? loanEnd : shownUntil;
        }
        credentials.markIssued(credential.id(), SessionKeys.bytes(patronSessionId), now, lentUntil, cardDigest);
        return Optional.of(new HandedCredential(credential.id(), new IssuedCredential(issued.resourceCode(),
                issued.login(), issued.secret(), issued.validFrom(), shownUntil, true,
                settings.loginLinkFor(issued.login()))));
    }

    /**
     * The library-wide login of a SHARED_ACCOUNT offer, to be shown on the kiosk only: the first valid account of
     * its pool, which stays in the pool.
     */
    @Transactional(readOnly = true)
    public Optional<IssuedCredential> sharedAccount(String branchCode, String resourceCode) {
        Optional<PoolDao.OfferPool> found = pools.offer(branchCode, resourceCode);
        if (found.isEmpty() || found.get().poolId() == null || !found.get().enabled()
                || found.get().accessMode() != AccessMode.SHARED_ACCOUNT) {
            return Optional.empty();
        }
        PoolDao.OfferPool offer = found.get();
        LocalDate today = ZonedDateTime.now(clock).withZoneSameInstant(offer.timeZone()).toLocalDate();
        return credentials.peekAvailable(offer.poolId(), today)
                .map(c -> open(resourceCode, offer.poolId(), c, false));
    }

    private int perKioskPerHour(long branchId) {
        Integer limit = pools.perKioskPerHour(branchId);
        return limit == null ? properties.perKioskPerHour() : limit;
    }

    private IssuedCredential open(String resourceCode, long poolId, CredentialDao.Taken credential,
            boolean printable) {
        String login = credential.loginCipher() == null ? null
                : cipher.decrypt(credential.loginCipher(), poolId, Column.LOGIN);
        String secret = credential.secretCipher() == null ? null
                : cipher.decrypt(credential.secretCipher(), poolId, Column.SECRET);
        return new IssuedCredential(resourceCode, login, secret, credential.validFrom(), credential.validUntil(),
                printable, null);
    }
}
