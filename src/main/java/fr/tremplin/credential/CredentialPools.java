package fr.tremplin.credential;

import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.credential.ImportPreview.PendingImport;
import fr.tremplin.credential.ImportPreview.SampleLine;
import fr.tremplin.credential.RejectedLine.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff side of the credential pools: stock, settings, import, revocation and export. Reading needs to see
 * the branch; changing needs to manage it. Every change goes to the audit log, never with a secret.
 */
@Service
public class CredentialPools {

    /** The largest import file. */
    public static final int MAX_FILE_BYTES = CredentialFile.MAX_BYTES;
    private static final int SAMPLE_LINES = 20;

    private final PoolDao pools;
    private final CredentialDao credentials;
    private final CredentialSealer sealer;
    private final StaffAccess access;
    private final AuditLog audit;
    private final Clock clock;

    CredentialPools(PoolDao pools, CredentialDao credentials, CredentialSealer sealer, StaffAccess access,
            AuditLog audit, Clock clock) {
        this.pools = pools;
        this.credentials = credentials;
        this.sealer = sealer;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The active branches the current user sees, by name. */
    @Transactional(readOnly = true)
    public List<StaffBranch> branches() {
        StaffUser user = access.current();
        return pools.branches(user.isDepartmentAdmin() ? null : user.branchCodes());
    }

    /** The pools of a branch the current user sees. */
    @Transactional(readOnly = true)
    public List<PoolStock> stock(String branchCode) {
        access.requireSees(branchCode);
        return pools.stock(List.of(branchCode), today());
    }

    /** The pools at or under their low-stock threshold, in the branches the current user sees. */
    @Transactional(readOnly = true)
    public List<PoolStock> lowStock() {
        StaffUser user = access.current();
        return pools.stock(user.isDepartmentAdmin() ? null : user.branchCodes(), today()).stream()
                .filter(PoolStock::low).toList();
    }

    @Transactional(readOnly = true)
    public List<PoolCandidate> offersWithoutPool(String branchCode) {
        access.requireSees(branchCode);
        return pools.offersWithoutPool(branchCode);
    }

    @Transactional
    public long createPool(String branchCode, String resourceCode, PoolSettings settings) {
        access.requireManages(branchCode);
        PoolDao.OfferPool offer = pools.offer(branchCode, resourceCode)
                .orElseThrow(() -> new InvalidInputException("resource", "staff.credentials.error.no-offer"));
        if (offer.poolId() != null) {
            throw new InvalidInputException("resource", "staff.credentials.error.pool-exists");
        }
        if (offer.accessMode() != AccessMode.POOL_CODE && offer.accessMode() != AccessMode.SHARED_ACCOUNT) {
            throw new InvalidInputException("resource", "staff.credentials.error.no-credentials-needed");
        }
        long poolId = pools.create(offer.offerId(), settings);
        audit.record("CREDENTIAL_POOL_CREATED", "credential_pool", String.valueOf(poolId), branchCode, null,
                auditState(resourceCode, settings));
        return poolId;
    }

    @Transactional
    public void updatePool(long poolId, PoolSettings settings) {
        PoolStock before = managedPool(poolId);
        pools.update(poolId, settings);
        audit.record("CREDENTIAL_POOL_UPDATED", "credential_pool", String.valueOf(poolId), before.branchCode(),
                auditState(before.resourceCode(), before.settings()), auditState(before.resourceCode(), settings));
    }

    /** The branch's fair-use limit: credentials per kiosk PC and hour. */
    @Transactional(readOnly = true)
    public int perKioskPerHour(String branchCode, int defaultLimit) {
        access.requireSees(branchCode);
        Integer limit = pools.perKioskPerHour(branchCode);
        return limit == null ? defaultLimit : limit;
    }

    @Transactional
    public void setPerKioskPerHour(String branchCode, int limit) {
        access.requireManages(branchCode);
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("perKioskPerHour", "staff.credentials.error.limit");
        }
        Integer before = pools.perKioskPerHour(branchCode);
        pools.setPerKioskPerHour(branchCode, limit);
        audit.record("CREDENTIAL_LIMIT_UPDATED", "branch", branchCode, branchCode,
                before == null ? null : Map.of("perKioskPerHour", before), Map.of("perKioskPerHour", limit));
    }

    /**
     * Reads an import file and checks every line against the file and the pool, without writing anything.
     *
     * @throws CredentialFileException when the file as a whole cannot be read
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(long poolId, String fileName, byte[] content) {
        managedPool(poolId);
        CredentialFile.Reading reading = CredentialFile.read(content, today());
        Set<ByteBuffer> inPool = credentials.digests(poolId);
        List<RejectedLine> rejected = new ArrayList<>(reading.rejected());
        List<CredentialLine> toAdd = new ArrayList<>();
        for (CredentialLine line : reading.accepted()) {
            if (inPool.contains(ByteBuffer.wrap(sealer.digest(line)))) {
                rejected.add(new RejectedLine(line.lineNumber(), Reason.ALREADY_IN_POOL));
            } else {
                toAdd.add(line);
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(RejectedLine::lineNumber));
        List<SampleLine> sample = toAdd.stream().limit(SAMPLE_LINES).map(l -> new SampleLine(l.lineNumber(),
                mask(l.identity()), l.validFrom(), l.validUntil(), l.note())).toList();
        return new ImportPreview(poolId, fileName, toAdd.size(), rejected, sample, new PendingImport(toAdd));
    }

    /**
     * Adds the previewed credentials, all or none: the pool is locked, checked again, and written in one
     * transaction.
     *
     * @return how many were added
     * @throws InvalidInputException when the file had rejected lines, or the pool changed since the preview
     */
    @Transactional
    public int importPreviewed(ImportPreview preview) {
        PoolStock pool = managedPool(preview.poolId());
        if (!preview.importable()) {
            throw new InvalidInputException("file", "staff.credentials.error.not-importable");
        }
        pools.lock(preview.poolId());
        Set<ByteBuffer> inPool = credentials.digests(preview.poolId());
        List<SealedCredential> sealed = new ArrayList<>(preview.toAdd());
        for (CredentialLine line : preview.pending().lines()) {
            SealedCredential credential = sealer.seal(preview.poolId(), line);
            if (inPool.contains(ByteBuffer.wrap(credential.loginDigest()))) {
                throw new InvalidInputException("file", "staff.credentials.error.pool-changed", line.lineNumber());
            }
            sealed.add(credential);
        }
        credentials.insertAll(preview.poolId(), sealed);
        audit.record("CREDENTIALS_IMPORTED", "credential_pool", String.valueOf(preview.poolId()), pool.branchCode(),
                null, Map.of("resource", pool.resourceCode(), "file", preview.fileName(), "added", sealed.size()));
        return sealed.size();
    }

    @Transactional(readOnly = true)
    public List<CredentialRow> credentials(long poolId, int offset, int limit) {
        seenPool(poolId);
        return credentials.rows(poolId, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countCredentials(long poolId) {
        seenPool(poolId);
        return credentials.countRows(poolId);
    }

    /** @return false when it was already revoked */
    @Transactional
    public boolean revoke(long poolId, long credentialId) {
        PoolStock pool = managedPool(poolId);
        boolean revoked = credentials.revoke(poolId, credentialId, LocalDateTime.now(clock));
        if (revoked) {
            audit.record("CREDENTIAL_REVOKED", "credential", String.valueOf(credentialId), pool.branchCode(), null,
                    Map.of("pool", poolId, "resource", pool.resourceCode()));
        }
        return revoked;
    }

    /**
     * The pool as CSV (UTF-8, {@code ;}), without any login, code or password: id, state, validity, dates, note.
     */
    @Transactional
    public byte[] export(long poolId) {
        PoolStock pool = seenPool(poolId);
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setRecordSeparator("\n").setHeader("id", "state", "valid from", "valid until", "issued at",
                        "lent until", "imported at", "note").get())) {
            for (CredentialRow row : credentials.rows(poolId, 0, Integer.MAX_VALUE)) {
                printer.printRecord(row.id(), row.state(), row.validFrom(), row.validUntil(), row.issuedAt(),
                        row.lentUntil(), row.importedAt(), spreadsheetSafe(row.note()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("CREDENTIALS_EXPORTED", "credential_pool", String.valueOf(poolId), pool.branchCode(), null,
                Map.of("resource", pool.resourceCode()));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private PoolStock seenPool(long poolId) {
        PoolStock pool = pools.one(poolId, today()).orElseThrow(() -> new AccessDeniedException("No pool " + poolId));
        access.requireSees(pool.branchCode());
        return pool;
    }

    private PoolStock managedPool(long poolId) {
        PoolStock pool = pools.one(poolId, today()).orElseThrow(() -> new AccessDeniedException("No pool " + poolId));
        access.requireManages(pool.branchCode());
        return pool;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Map<String, Object> auditState(String resourceCode, PoolSettings settings) {
        return Map.of("resource", resourceCode, "policy", settings.policy().name(),
                "loanDays", settings.loanDays() == null ? "" : settings.loanDays(),
                "lowStockThreshold", settings.lowStockThreshold(), "cardCheck", settings.cardCheck());
    }

    /** The first two characters, then dots: enough for staff to recognise their file, not enough to use it. */
    static String mask(String identity) {
        int shown = identity.length() <= 4 ? 1 : 2;
        return identity.substring(0, shown) + "•".repeat(Math.min(6, identity.length() - shown));
    }

    /** A note a spreadsheet would take for a formula gets a leading quote. */
    private static String spreadsheetSafe(String note) {
        return note != null && !note.isEmpty() && "=+-@".indexOf(note.charAt(0)) >= 0 ? "'" + note : note;
    }
}
