package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.HOLDINGS_IMPORT;
import static fr.tremplin.core.db.jooq.Tables.HOLDINGS_REJECTION;

import fr.tremplin.core.db.jooq.tables.records.HoldingsImportRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.springframework.stereotype.Repository;

/** The history of imports and their rejected records. */
@Repository
class HoldingsImportDao {

    private final DSLContext dsl;

    HoldingsImportDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Serialises imports: a second one waits for the first (up to 10 minutes) rather than mixing with it. */
    boolean lock() {
        return Integer.valueOf(1).equals(dsl.fetchValue("SELECT GET_LOCK('tremplin.holdings-import', 600)"));
    }

    void unlock() {
        dsl.fetchValue("SELECT RELEASE_LOCK('tremplin.holdings-import')");
    }

    long insert(ImportReport report, Long staffUserId) {
        HoldingsImportRecord row = dsl.newRecord(HOLDINGS_IMPORT);
        row.setStartedAt(report.startedAt());
        row.setFinishedAt(report.finishedAt());
        row.setFileName(MarcFields.cut(report.fileName(), 300));
        row.setSource(report.source().name());
        row.setMarcFormat(report.format() == null ? null : report.format().name());
        row.setFullExport(report.fullExport());
        row.setOutcome(report.done() ? "DONE" : "FAILED");
        row.setRecordsRead(report.read());
        row.setAdded(report.added());
        row.setUpdated(report.updated());
        row.setUnchanged(report.unchanged());
        row.setRetired(report.retired());
        row.setRejected(report.rejected());
        row.setMessage(MarcFields.cut(report.message(), 1000));
        row.setStaffUserId(staffUserId);
        row.store();
        return row.getId();
    }

    void insertRejections(long importId, List<Rejection> rejections) {
        for (int from = 0; from < rejections.size(); from += 1_000) {
            InsertValuesStep4<?, Long, Integer, String, String> insert = dsl.insertInto(HOLDINGS_REJECTION,
                    HOLDINGS_REJECTION.IMPORT_ID, HOLDINGS_REJECTION.POSITION, HOLDINGS_REJECTION.RECORD_ID,
                    HOLDINGS_REJECTION.REASON);
            for (Rejection r : rejections.subList(from, Math.min(rejections.size(), from + 1_000))) {
                insert = insert.values(importId, r.position(), MarcFields.cut(r.recordId(), 64),
                        MarcFields.cut(r.reason(), 500));
            }
            insert.execute();
        }
    }

    List<ImportReport> history(int max) {
        return dsl.selectFrom(HOLDINGS_IMPORT).orderBy(HOLDINGS_IMPORT.ID.desc()).limit(max)
                .fetch(row -> report(row, List.of()));
    }

    Optional<ImportReport> find(long id) {
        return dsl.selectFrom(HOLDINGS_IMPORT).where(HOLDINGS_IMPORT.ID.eq(id)).fetchOptional()
                .map(row -> report(row, dsl.selectFrom(HOLDINGS_REJECTION)
                        .where(HOLDINGS_REJECTION.IMPORT_ID.eq(id)).orderBy(HOLDINGS_REJECTION.POSITION)
                        .fetch(r -> new Rejection(r.getPosition(), r.getRecordId(), r.getReason()))));
    }

    private static ImportReport report(HoldingsImportRecord row, List<Rejection> rejections) {
        return new ImportReport(row.getId(), row.getFileName(), ImportSource.valueOf(row.getSource()),
                row.getMarcFormat() == null ? null : MarcFormat.valueOf(row.getMarcFormat()), row.getFullExport(),
                "DONE".equals(row.getOutcome()), row.getRecordsRead(), row.getAdded(), row.getUpdated(),
                row.getUnchanged(), row.getRetired(), row.getRejected(), row.getMessage(), row.getStartedAt(),
                row.getFinishedAt(), rejections);
    }
}
