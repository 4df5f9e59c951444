package fr.tremplin.catalogue;

import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.NEED_TEXT;

import fr.tremplin.core.db.jooq.tables.records.NeedRecord;
import fr.tremplin.core.i18n.Language;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class TaxonomyDao {

    private final DSLContext dsl;

    TaxonomyDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every need ever configured, retired ones included, by code. */
    Map<String, NeedRecord> findAllByCode() {
        return dsl.selectFrom(NEED).fetchMap(NEED.CODE);
    }

    /** The stored needs as definitions, to compare with a file. */
    Map<String, NeedDefinition> findAllDefinitions(Map<String, NeedRecord> needs) {
        Map<Long, String> codeById = needs.values().stream()
                .collect(Collectors.toMap(NeedRecord::getId, NeedRecord::getCode));
        Map<Long, Map<Language, String>> labels = new HashMap<>();
        dsl.selectFrom(NEED_TEXT).forEach(t -> Language.fromCode(t.getLocale()).ifPresent(language ->
                labels.computeIfAbsent(t.getNeedId(), id -> new HashMap<>()).put(language, t.getLabel())));
        return needs.values().stream().collect(Collectors.toMap(NeedRecord::getCode, n -> new NeedDefinition(
                n.getCode(), n.getParentId() == null ? null : codeById.get(n.getParentId()), n.getAudience(),
                n.getPictogram(), n.getPosition(), labels.getOrDefault(n.getId(), Map.of()))));
    }

    NeedRecord insert(NeedDefinition need, Long parentId) {
        NeedRecord record = dsl.newRecord(NEED);
        copy(need, parentId, record);
        record.setVersion(0).store();
        replaceLabels(record.getId(), need.labels());
        return record;
    }

    void update(NeedRecord record, NeedDefinition need, Long parentId) {
        copy(need, parentId, record);
        record.setRetiredAt(null).setVersion(record.getVersion() + 1).store();
        replaceLabels(record.getId(), need.labels());
    }

    /** A staff edit of a need's pictogram and labels: written only at {@code expectedVersion}; marks it staff-edited. */
    boolean updateByStaff(String code, String pictogram, Map<Language, String> labels, int expectedVersion,
            String username, LocalDateTime now) {
        NeedRecord record = dsl.selectFrom(NEED).where(NEED.CODE.eq(code)).and(NEED.RETIRED_AT.isNull()).forUpdate()
                .fetchOne();
        if (record == null || record.getVersion() != expectedVersion) {
            return false;
        }
        record.setPictogram(pictogram).setVersion(expectedVersion + 1).setStaffEditedAt(now)
                .setStaffEditedBy(username).store();
        replaceLabels(record.getId(), labels);
        return true;
    }

    void clearStaffEdit(NeedRecord record) {
        record.setStaffEditedAt(null).setStaffEditedBy(null).store();
    }

    void retire(NeedRecord record, LocalDateTime now) {
        record.setRetiredAt(now).setVersion(record.getVersion() + 1).store();
    }

    private static void copy(NeedDefinition need, Long parentId, NeedRecord record) {
        record.setCode(need.code()).setParentId(parentId).setAudience(need.audience())
                .setPictogram(need.pictogram()).setPosition(need.position());
    }

    private void replaceLabels(long needId, Map<Language, String> labels) {
        dsl.deleteFrom(NEED_TEXT).where(NEED_TEXT.NEED_ID.eq(needId)).execute();
        labels.forEach((language, label) -> dsl.insertInto(NEED_TEXT).set(NEED_TEXT.NEED_ID, needId)
                .set(NEED_TEXT.LOCALE, language.code()).set(NEED_TEXT.LABEL, label).execute());
    }
}
