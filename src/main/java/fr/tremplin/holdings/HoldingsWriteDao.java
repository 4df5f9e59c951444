package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HOLDING;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_ITEM;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_LIBRARY;
import static org.jooq.impl.DSL.excluded;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep6;
import org.jooq.InsertValuesStepN;
import org.springframework.stereotype.Repository;

/** Writes imported records and their copies, a chunk of records per statement. */
@Repository
class HoldingsWriteDao {

    private static final List<Field<?>> HOLDING_FIELDS = List.of(HOLDING.RECORD_ID, HOLDING.MARC_FORMAT,
            HOLDING.TITLE, HOLDING.AUTHORS, HOLDING.PUBLISHER, HOLDING.PUB_YEAR, HOLDING.ISBN, HOLDING.LANGUAGE,
            HOLDING.SUBJECTS, HOLDING.CLASSIFICATION, HOLDING.CONTENT_HASH, HOLDING.RETIRED_AT, HOLDING.UPDATED_AT);

    private final DSLContext dsl;

    HoldingsWriteDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean anyRecord() {
        return dsl.fetchExists(HOLDING);
    }

    /** What is stored of each record, by record id, to tell new, changed and unchanged records apart. */
    Map<String, StoredHolding> stored() {
        Map<String, StoredHolding> stored = new HashMap<>();
        dsl.select(HOLDING.ID, HOLDING.RECORD_ID, HOLDING.CONTENT_HASH, HOLDING.RETIRED_AT, HOLDING.TAGS_BY_STAFF)
                .from(HOLDING).fetchSize(5_000)
                .forEach(r -> stored.put(r.value2(), new StoredHolding(r.value1(), r.value3(), r.value4() != null,
                        r.value5())));
        return stored;
    }

    /** Adds or replaces these records (reviving retired ones) and returns their ids by record id. */
    Map<String, Long> upsert(List<HoldingRecord> records, Map<String, byte[]> hashes, LocalDateTime now) {
        InsertValuesStepN<?> insert = dsl.insertInto(HOLDING).columns(HOLDING_FIELDS);
        for (HoldingRecord record : records) {
            insert = insert.values(record.recordId(), record.format().name(), MarcFields.cut(record.title(), 500),
                    MarcFields.cut(joined(record.authors()), 1000), MarcFields.cut(record.publisher(), 300),
                    record.year(), MarcFields.cut(record.isbn(), 200), record.language(),
                    MarcFields.cut(joined(record.subjects()), 2000), MarcFields.cut(record.classification(), 100),
                    hashes.get(record.recordId()), null, now);
        }
        insert.onDuplicateKeyUpdate()
                .set(HOLDING.MARC_FORMAT, excluded(HOLDING.MARC_FORMAT))
                .set(HOLDING.TITLE, excluded(HOLDING.TITLE))
                .set(HOLDING.AUTHORS, excluded(HOLDING.AUTHORS))
                .set(HOLDING.PUBLISHER, excluded(HOLDING.PUBLISHER))
                .set(HOLDING.PUB_YEAR, excluded(HOLDING.PUB_YEAR))
                .set(HOLDING.ISBN, excluded(HOLDING.ISBN))
                .set(HOLDING.LANGUAGE, excluded(HOLDING.LANGUAGE))
                .set(HOLDING.SUBJECTS, excluded(HOLDING.SUBJECTS))
                .set(HOLDING.CLASSIFICATION, excluded(HOLDING.CLASSIFICATION))
                .set(HOLDING.CONTENT_HASH, excluded(HOLDING.CONTENT_HASH))
                .set(HOLDING.RETIRED_AT, (LocalDateTime) null)
                .set(HOLDING.UPDATED_AT, excluded(HOLDING.UPDATED_AT))
                .execute();
        return dsl.select(HOLDING.RECORD_ID, HOLDING.ID).from(HOLDING)
                .where(HOLDING.RECORD_ID.in(records.stream().map(HoldingRecord::recordId).toList()))
                .fetchMap(HOLDING.RECORD_ID, HOLDING.ID);
    }

    /** Replaces the copies of these records. */
    void replaceCopies(Map<Long, List<HoldingCopy>> copiesByHolding) {
        dsl.deleteFrom(HOLDING_ITEM).where(HOLDING_ITEM.HOLDING_ID.in(copiesByHolding.keySet())).execute();
        InsertValuesStep6<?, Long, Integer, String, String, String, String> insert = dsl.insertInto(HOLDING_ITEM,
                HOLDING_ITEM.HOLDING_ID,
                HOLDING_ITEM.POSITION, HOLDING_ITEM.LIBRARY_CODE, HOLDING_ITEM.LOCATION, HOLDING_ITEM.SHELF_MARK,
                HOLDING_ITEM.STATUS);
        int rows = 0;
        for (Map.Entry<Long, List<HoldingCopy>> entry : copiesByHolding.entrySet()) {
            int position = 0;
            for (HoldingCopy copy : entry.getValue()) {
                insert = insert.values(entry.getKey(), ++position, MarcFields.cut(copy.libraryCode(), 40),
                        MarcFields.cut(copy.location(), 200), MarcFields.cut(copy.shelfMark(), 100),
                        copy.status().name());
                rows++;
            }
        }
        if (rows > 0) {
            insert.execute();
        }
    }

    int retire(Collection<Long> holdingIds, LocalDateTime now) {
        int retired = 0;
        List<Long> ids = new ArrayList<>(holdingIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            retired += dsl.update(HOLDING).set(HOLDING.RETIRED_AT, now).set(HOLDING.UPDATED_AT, now)
                    .where(HOLDING.ID.in(ids.subList(from, Math.min(ids.size(), from + 1_000))))
                    .and(HOLDING.RETIRED_AT.isNull()).execute();
        }
        return retired;
    }

    /**
     * Notes library codes not seen before, mapped to the branch of the same code (or the one kiosk-config names) when
     * there is one. A code already known keeps its mapping.
     */
    void noteLibraryCodes(Set<String> codes, Map<String, String> branchByLibraryCode) {
        Map<String, Long> branchIds = dsl.select(BRANCH.CODE, BRANCH.ID).from(BRANCH).fetchMap(BRANCH.CODE, BRANCH.ID);
        Map<String, Long> branchIdsIgnoringCase = new HashMap<>();
        branchIds.forEach((code, id) -> branchIdsIgnoringCase.put(code.toLowerCase(java.util.Locale.ROOT), id));
        for (String code : codes) {
            String named = branchByLibraryCode.get(code);
            Long branchId = named != null ? branchIds.get(named)
                    : branchIdsIgnoringCase.get(code.toLowerCase(java.util.Locale.ROOT));
            dsl.insertInto(HOLDING_LIBRARY, HOLDING_LIBRARY.LIBRARY_CODE, HOLDING_LIBRARY.BRANCH_ID)
                    .values(code, branchId).onDuplicateKeyIgnore().execute();
        }
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    record StoredHolding(long id, byte[] contentHash, boolean retired, boolean tagsByStaff) {
    }
}
