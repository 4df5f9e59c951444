package fr.tremplin.holdings;

import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.core.live.LiveTopics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a MARC export of the library system: adds new records, updates changed ones, retires those a full export
 * no longer holds, and reports the records it could not take with their position and reason. The whole file is one
 * transaction: a file that fails leaves the shelves as they were, and the history says why.
 */
@Service
public class HoldingsImportService {

    private static final Logger log = LoggerFactory.getLogger(HoldingsImportService.class);

    private final HoldingsWriteDao writer;
    private final HoldingsImportDao imports;
    private final HoldingTagging tagging;
    private final HoldingsSettingsHolder settings;
    private final LiveSignals signals;
    private final TransactionTemplate transaction;
    private final StaffAccess access;
    private final Clock clock;

    HoldingsImportService(HoldingsWriteDao writer, HoldingsImportDao imports, HoldingTagging tagging,
            HoldingsSettingsHolder settings, LiveSignals signals, TransactionTemplate transaction, StaffAccess access,
            Clock clock) {
        this.access = access;
        this.writer = writer;
        this.imports = imports;
        this.tagging = tagging;
        this.settings = settings;
        this.signals = signals;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * A file a department admin uploaded (the shelves serve every branch, so only they import).
     *
     * @param format null to tell the dialect from the records
     */
    public ImportReport upload(Path file, String fileName, MarcFormat format, boolean fullExport) {
        StaffUser user = access.requireRole(StaffRole.DEPARTMENT_ADMIN);
        return importFile(file, fileName, new ImportRequest(ImportSource.UPLOAD, format, fullExport, user.id()));
    }

    /** Imports the file; never throws for a bad file: the report says what happened. */
    ImportReport importFile(Path file, String fileName, ImportRequest request) {
        LocalDateTime started = LocalDateTime.now(clock);
        try {
            ImportReport report = transaction.execute(status -> run(file, fileName, request, started));
            log.info("Holdings import of {}: {} read, {} added, {} updated, {} unchanged, {} retired, {} rejected",
                    fileName, report.read(), report.added(), report.updated(), report.unchanged(), report.retired(),
                    report.rejected());
            return report;
        } catch (ImportRefused | MarcFile.MarcFileUnreadable e) {
            log.warn("Holdings import of {} failed, nothing changed: {}", fileName, e.getMessage());
            return failed(fileName, request, started, e.getMessage());
        }
    }

    public List<ImportReport> history(int max) {
        return imports.history(max);
    }

    /** One import with all its rejected records. */
    public Optional<ImportReport> report(long importId) {
        return imports.find(importId);
    }

    private ImportReport run(Path file, String fileName, ImportRequest request, LocalDateTime started) {
        if (!imports.lock()) {
            throw new ImportRefused("another import has been running for more than 10 minutes; try again later");
        }
        try {
            MarcFile.check(file);
            MarcFormat format = request.format() != null ? request.format() : FormatSniffer.sniff(file);
            HoldingsSettings current = settings.current();
            MarcRecordMapper mapper = new MarcRecordMapper(format, current.itemFields(format));
            ImportRun run = new ImportRun(writer, tagging, mapper, current.libraries(), started);
            MarcFile.read(file, run::accept);
            if (run.read == 0) {
                throw new ImportRefused("the file holds no MARC record");
            }
            if (!run.tookAnyRecord()) {
                throw new ImportRefused("none of the " + run.read + " records could be read (the first: "
                        + run.rejections.getFirst().reason() + ")");
            }
            int retired = run.finish(request.fullExport());
            ImportReport report = new ImportReport(0, fileName, request.source(), format, request.fullExport(), true,
                    run.read, run.added, run.updated, run.unchanged, retired, run.rejections.size(), null, started,
                    LocalDateTime.now(clock), run.rejections);
            long id = imports.insert(report, request.staffUserId());
            imports.insertRejections(id, run.rejections);
            signals.publishAfterCommit(LiveTopics.HOLDINGS);
            return withId(report, id);
        } finally {
            imports.unlock();
        }
    }

    private ImportReport failed(String fileName, ImportRequest request, LocalDateTime started, String message) {
        ImportReport report = new ImportReport(0, fileName, request.source(), request.format(), request.fullExport(),
                false, 0, 0, 0, 0, 0, 0, message, started, LocalDateTime.now(clock), List.of());
        long id = transaction.execute(status -> imports.insert(report, request.staffUserId()));
        return withId(report, id);
    }

    private static ImportReport withId(ImportReport r, long id) {
        return new ImportReport(id, r.fileName(), r.source(), r.format(), r.fullExport(), r.done(), r.read(),
                r.added(), r.updated(), r.unchanged(), r.retired(), r.rejected(), r.message(), r.startedAt(),
                r.finishedAt(), r.rejections());
    }

    /** The file cannot be imported as a whole; nothing was written. */
    static final class ImportRefused extends RuntimeException {
        ImportRefused(String message) {
            super(message);
        }
    }
}
