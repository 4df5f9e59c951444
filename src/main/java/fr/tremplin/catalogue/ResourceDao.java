package fr.tremplin.catalogue;

import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_DEVICE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_LANGUAGE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_NEED;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_TEXT;

import fr.tremplin.core.db.jooq.tables.records.ResourceRecord;
import fr.tremplin.core.domain.Device;
import fr.tremplin.core.i18n.Language;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Writes and compares the resource rows that kiosk-config's catalogue defines. */
@Repository
class ResourceDao {

    private final DSLContext dsl;

    ResourceDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every resource ever configured, retired ones included, by code. */
    Map<String, ResourceRecord> findAllByCode() {
        return dsl.selectFrom(RESOURCE).fetchMap(RESOURCE.CODE);
    }

    /** The stored resources as definitions without offers, to compare with a file. */
    Map<String, ResourceDefinition> findAllDefinitions(Map<String, ResourceRecord> resources) {
        Map<Long, Map<Language, ResourceText>> texts = new HashMap<>();
        dsl.selectFrom(RESOURCE_TEXT).orderBy(RESOURCE_TEXT.RESOURCE_ID).forEach(t ->
                Language.fromCode(t.getLocale()).ifPresent(language -> texts
                        .computeIfAbsent(t.getResourceId(), id -> new HashMap<>())
                        .put(language, new ResourceText(t.getTitle(), t.getSummary(), t.getLearn(),
                                t.getHowToAccess()))));
        Map<Long, List<String>> languages = new HashMap<>();
        dsl.selectFrom(RESOURCE_LANGUAGE).orderBy(RESOURCE_LANGUAGE.RESOURCE_ID, RESOURCE_LANGUAGE.POSITION)
                .forEach(l -> languages.computeIfAbsent(l.getResourceId(), id -> new ArrayList<>())
                        .add(l.getLocale()));
        Map<Long, Set<Device>> devices = new HashMap<>();
        dsl.selectFrom(RESOURCE_DEVICE).forEach(d -> devices
                .computeIfAbsent(d.getResourceId(), id -> EnumSet.noneOf(Device.class)).add(d.getDevice()));
        Map<Long, Set<String>> needs = new HashMap<>();
        dsl.select(RESOURCE_NEED.RESOURCE_ID, NEED.CODE).from(RESOURCE_NEED).join(NEED)
                .on(NEED.ID.eq(RESOURCE_NEED.NEED_ID))
                .forEach(n -> needs.computeIfAbsent(n.value1(), id -> new HashSet<>()).add(n.value2()));
        return resources.values().stream().collect(Collectors.toMap(ResourceRecord::getCode, r ->
                new ResourceDefinition(r.getCode(), r.getPublisher(), r.getUrl(), r.getAccessMode(),
                        r.getLevelMin(), r.getLevelMax(), r.getWorksFromHome(), r.getSessionMinutes(),
                        r.getPictogram(), r.getExample(), languages.getOrDefault(r.getId(), List.of()),
                        devices.getOrDefault(r.getId(), Set.of()), needs.getOrDefault(r.getId(), Set.of()),
                        texts.getOrDefault(r.getId(), Map.of()), List.of())));
    }

    ResourceRecord insert(ResourceDefinition resource, Map<String, Long> needIds, LocalDateTime now) {
        ResourceRecord record = dsl.newRecord(RESOURCE);
        copy(resource, record);
        record.setCreatedAt(now).setUpdatedAt(now).setVersion(0).store();
        replaceChildren(record.getId(), resource, needIds);
        return record;
    }

    void update(ResourceRecord record, ResourceDefinition resource, Map<String, Long> needIds, LocalDateTime now) {
        copy(resource, record);
        record.setRetiredAt(null).setUpdatedAt(now).setVersion(record.getVersion() + 1).store();
        replaceChildren(record.getId(), resource, needIds);
    }

    /** A staff edit of a resource's texts: written only at {@code expectedVersion}; marks the resource staff-edited. */
    boolean updateTextsByStaff(String code, Map<Language, ResourceText> texts, int expectedVersion, String username,
            LocalDateTime now) {
        ResourceRecord record = dsl.selectFrom(RESOURCE).where(RESOURCE.CODE.eq(code)).and(RESOURCE.RETIRED_AT.isNull())
                .forUpdate().fetchOne();
        if (record == null || record.getVersion() != expectedVersion) {
            return false;
        }
        record.setUpdatedAt(now).setVersion(expectedVersion + 1).setStaffEditedAt(now).setStaffEditedBy(username)
                .store();
        dsl.deleteFrom(RESOURCE_TEXT).where(RESOURCE_TEXT.RESOURCE_ID.eq(record.getId())).execute();
        insertTexts(record.getId(), texts);
        return true;
    }

    void clearStaffEdit(ResourceRecord record) {
        record.setStaffEditedAt(null).setStaffEditedBy(null).store();
    }

    void retire(ResourceRecord record, LocalDateTime now) {
        record.setRetiredAt(now).setUpdatedAt(now).setVersion(record.getVersion() + 1).store();
    }

    private static void copy(ResourceDefinition resource, ResourceRecord record) {
        record.setCode(resource.code()).setPublisher(resource.publisher()).setUrl(resource.url())
                .setAccessMode(resource.accessMode()).setLevelMin(resource.levelMin())
                .setLevelMax(resource.levelMax()).setWorksFromHome(resource.worksFromHome())
                .setSessionMinutes(resource.sessionMinutes()).setPictogram(resource.pictogram())
                .setExample(resource.example());
    }

    private void insertTexts(long resourceId, Map<Language, ResourceText> texts) {
        texts.forEach((language, text) -> dsl.insertInto(RESOURCE_TEXT)
                .set(RESOURCE_TEXT.RESOURCE_ID, resourceId).set(RESOURCE_TEXT.LOCALE, language.code())
                .set(RESOURCE_TEXT.TITLE, text.title()).set(RESOURCE_TEXT.SUMMARY, text.summary())
                .set(RESOURCE_TEXT.LEARN, text.learn()).set(RESOURCE_TEXT.HOW_TO_ACCESS, text.howToAccess())
                .execute());
    }

    private void replaceChildren(long resourceId, ResourceDefinition resource, Map<String, Long> needIds) {
        dsl.deleteFrom(RESOURCE_TEXT).where(RESOURCE_TEXT.RESOURCE_ID.eq(resourceId)).execute();
        dsl.deleteFrom(RESOURCE_LANGUAGE).where(RESOURCE_LANGUAGE.RESOURCE_ID.eq(resourceId)).execute();
        dsl.deleteFrom(RESOURCE_DEVICE).where(RESOURCE_DEVICE.RESOURCE_ID.eq(resourceId)).execute();
        dsl.deleteFrom(RESOURCE_NEED).where(RESOURCE_NEED.RESOURCE_ID.eq(resourceId)).execute();
        insertTexts(resourceId, resource.texts());
        List<String> languages = resource.instructionLanguages();
        for (int i = 0; i < languages.size(); i++) {
            dsl.insertInto(RESOURCE_LANGUAGE).set(RESOURCE_LANGUAGE.RESOURCE_ID, resourceId)
                    .set(RESOURCE_LANGUAGE.LOCALE, languages.get(i)).set(RESOURCE_LANGUAGE.POSITION, i).execute();
        }
        resource.devices().forEach(device -> dsl.insertInto(RESOURCE_DEVICE)
                .set(RESOURCE_DEVICE.RESOURCE_ID, resourceId).set(RESOURCE_DEVICE.DEVICE, device).execute());
        resource.needCodes().forEach(code -> dsl.insertInto(RESOURCE_NEED)
                .set(RESOURCE_NEED.RESOURCE_ID, resourceId).set(RESOURCE_NEED.NEED_ID, needIds.get(code)).execute());
    }
}
