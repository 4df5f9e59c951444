package fr.tremplin.holdings;

import static fr.tremplin.core.db.jooq.Tables.HOLDING;
import static fr.tremplin.core.db.jooq.Tables.HOLDINGS_RULES;
import static fr.tremplin.core.db.jooq.Tables.HOLDING_NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED;

import fr.tremplin.core.domain.LanguageLevel;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep2;
import org.springframework.stereotype.Repository;

/** The needs and levels of records: written by the linking rules, or by staff (then the rules leave them alone). */
@Repository
class HoldingTagsDao {

    private final DSLContext dsl;

    HoldingTagsDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<String, Long> needIds() {
        return dsl.select(NEED.CODE, NEED.ID).from(NEED).where(NEED.RETIRED_AT.isNull()).fetchMap(NEED.CODE, NEED.ID);
    }

    /** Each live record the rules decide for, in chunks: what the rules read of it. */
    void forEachRuledRecord(int chunk, Consumer<List<RuledRecord>> action) {
        List<RuledRecord> batch = new ArrayList<>(chunk);
        dsl.select(HOLDING.ID, HOLDING.RECORD_ID, HOLDING.CLASSIFICATION, HOLDING.TITLE, HOLDING.SUBJECTS)
                .from(HOLDING).where(HOLDING.TAGS_BY_STAFF.isFalse()).and(HOLDING.RETIRED_AT.isNull())
                .fetchSize(5_000)
                .forEach(r -> {
                    batch.add(new RuledRecord(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
                    if (batch.size() == chunk) {
                        action.accept(List.copyOf(batch));
                        batch.clear();
                    }
                });
        if (!batch.isEmpty()) {
            action.accept(batch);
        }
    }

    /** Replaces the tags of these records; {@code updated_at} moves so every node's index reads them again. */
    void write(Map<Long, HoldingTags> tags, Map<String, Long> needIds, LocalDateTime now) {
        if (tags.isEmpty()) {
            return;
        }
        dsl.deleteFrom(HOLDING_NEED).where(HOLDING_NEED.HOLDING_ID.in(tags.keySet())).execute();
        InsertValuesStep2<?, Long, Long> insert = dsl.insertInto(HOLDING_NEED, HOLDING_NEED.HOLDING_ID,
                HOLDING_NEED.NEED_ID);
        boolean any = false;
        Map<List<LanguageLevel>, List<Long>> byLevels = new HashMap<>();
        for (Map.Entry<Long, HoldingTags> entry : tags.entrySet()) {
            for (String need : new TreeSet<>(entry.getValue().needs())) {
                Long needId = needIds.get(need);
                if (needId != null) {
                    insert = insert.values(entry.getKey(), needId);
                    any = true;
                }
            }
            byLevels.computeIfAbsent(Arrays.asList(entry.getValue().levelMin(), entry.getValue().levelMax()),
                    key -> new ArrayList<>()).add(entry.getKey());
        }
        if (any) {
            insert.execute();
        }
        byLevels.forEach((levels, ids) -> dsl.update(HOLDING)
                .set(HOLDING.LEVEL_MIN, levels.get(0))
                .set(HOLDING.LEVEL_MAX, levels.get(1))
                .set(HOLDING.UPDATED_AT, now)
                .where(HOLDING.ID.in(ids)).execute());
    }

    void markStaffTagged(long holdingId, boolean byStaff, LocalDateTime now) {
        dsl.update(HOLDING).set(HOLDING.TAGS_BY_STAFF, byStaff).set(HOLDING.UPDATED_AT, now)
                .where(HOLDING.ID.eq(holdingId)).execute();
    }

    Optional<RuledRecord> ruledRecord(String recordId) {
        return dsl.select(HOLDING.ID, HOLDING.RECORD_ID, HOLDING.CLASSIFICATION, HOLDING.TITLE, HOLDING.SUBJECTS)
                .from(HOLDING).where(HOLDING.RECORD_ID.eq(recordId))
                .fetchOptional(r -> new RuledRecord(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    Optional<byte[]> appliedFingerprint() {
        return dsl.select(HOLDINGS_RULES.FINGERPRINT).from(HOLDINGS_RULES).where(HOLDINGS_RULES.ID.eq((byte) 1))
                .fetchOptional(HOLDINGS_RULES.FINGERPRINT);
    }

    void saveFingerprint(byte[] fingerprint, LocalDateTime now) {
        dsl.insertInto(HOLDINGS_RULES, HOLDINGS_RULES.ID, HOLDINGS_RULES.FINGERPRINT, HOLDINGS_RULES.APPLIED_AT)
                .values((byte) 1, fingerprint, now)
                .onDuplicateKeyUpdate().set(HOLDINGS_RULES.FINGERPRINT, fingerprint)
                .set(HOLDINGS_RULES.APPLIED_AT, now).execute();
    }

    record RuledRecord(long id, String recordId, String classification, String title, String subjects) {
    }
}
