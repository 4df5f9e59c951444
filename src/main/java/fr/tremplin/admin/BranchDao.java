package fr.tremplin.admin;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.BRANCH_LANGUAGE;
import static fr.tremplin.core.db.jooq.Tables.BRANCH_OPENING_SLOT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;

import fr.tremplin.core.db.jooq.tables.records.BranchRecord;
import fr.tremplin.core.i18n.Language;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectJoinStep;
import org.springframework.stereotype.Repository;

@Repository
class BranchDao {

    private final DSLContext dsl;

    BranchDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<BranchSettings> findActive() {
        return selectSettings().where(BRANCH.RETIRED_AT.isNull()).orderBy(BRANCH.NAME).fetch(Record1::value1);
    }

    Optional<BranchSettings> findActive(String code) {
        return selectSettings().where(BRANCH.CODE.eq(code)).and(BRANCH.RETIRED_AT.isNull())
                .fetchOptional(Record1::value1);
    }

    /** Every branch ever configured, retired ones included, by code. */
    Map<String, BranchRecord> findAllByCode() {
        return dsl.selectFrom(BRANCH).fetchMap(BRANCH.CODE);
    }

    /** The settings of every branch, retired ones included, by code. */
    Map<String, BranchSettings> findAllSettingsByCode() {
        return selectSettings().fetchMap(r -> r.value1().code(), Record1::value1);
    }

    private SelectJoinStep<Record1<BranchSettings>> selectSettings() {
        Field<List<Language>> languages = multiset(
                select(BRANCH_LANGUAGE.LOCALE).from(BRANCH_LANGUAGE)
                        .where(BRANCH_LANGUAGE.BRANCH_ID.eq(BRANCH.ID)).orderBy(BRANCH_LANGUAGE.POSITION))
                .convertFrom(r -> r.map(l -> Language.fromCode(l.value1()).orElseThrow()));
        Field<List<OpeningSlot>> slots = multiset(
                select(BRANCH_OPENING_SLOT.DAY_OF_WEEK, BRANCH_OPENING_SLOT.OPENS_AT, BRANCH_OPENING_SLOT.CLOSES_AT)
                        .from(BRANCH_OPENING_SLOT).where(BRANCH_OPENING_SLOT.BRANCH_ID.eq(BRANCH.ID)))
                .convertFrom(r -> r.map(s -> new OpeningSlot(DayOfWeek.of(s.value1()), s.value2(), s.value3())));
        return dsl.select(row(BRANCH.CODE, BRANCH.NAME, BRANCH.TIME_ZONE, languages, BRANCH.IDLE_TIMEOUT_SECONDS,
                        slots, BRANCH.CONTACT_EMAIL, BRANCH.CONTACT_PHONE, BRANCH.ADDRESS)
                .mapping((code, name, zone, langs, idle, hours, email, phone, address) -> new BranchSettings(code,
                        name, ZoneId.of(zone), langs, idle, hours, email, phone, address)))
                .from(BRANCH);
    }

    void insert(BranchSettings settings, LocalDateTime now) {
        BranchRecord branch = dsl.newRecord(BRANCH);
        copy(settings, branch);
        branch.setCreatedAt(now).setUpdatedAt(now).setVersion(0);
        branch.store();
        replaceChildren(branch.getId(), settings);
    }

    void update(BranchRecord branch, BranchSettings settings, LocalDateTime now) {
        copy(settings, branch);
        branch.setRetiredAt(null).setUpdatedAt(now).setVersion(branch.getVersion() + 1);
        branch.store();
        replaceChildren(branch.getId(), settings);
    }

    Optional<EditableBranch> findEditable(String code) {
        return findActive(code).map(settings -> {
            BranchRecord record = dsl.selectFrom(BRANCH).where(BRANCH.CODE.eq(code)).fetchOne();
            return new EditableBranch(settings, record.getVersion(), record.getStaffEditedAt(),
                    record.getStaffEditedBy());
        });
    }

    /** A staff edit: written only if nobody saved the branch since {@code expectedVersion}; marks it staff-edited. */
    boolean updateByStaff(BranchSettings settings, int expectedVersion, String username, LocalDateTime now) {
        BranchRecord branch = dsl.selectFrom(BRANCH).where(BRANCH.CODE.eq(settings.code()))
                .and(BRANCH.RETIRED_AT.isNull()).forUpdate().fetchOne();
        if (branch == null || branch.getVersion() != expectedVersion) {
            return false;
        }
        copy(settings, branch);
        branch.setUpdatedAt(now).setVersion(expectedVersion + 1).setStaffEditedAt(now).setStaffEditedBy(username)
                .store();
        replaceChildren(branch.getId(), settings);
        return true;
    }

    /** The files say the same as the staff edit again: kiosk-config owns the branch from now on. */
    void clearStaffEdit(BranchRecord branch) {
        branch.setStaffEditedAt(null).setStaffEditedBy(null).store();
    }

    void retire(BranchRecord branch, LocalDateTime now) {
        branch.setRetiredAt(now).setUpdatedAt(now).setVersion(branch.getVersion() + 1).store();
    }

    private static void copy(BranchSettings settings, BranchRecord branch) {
        branch.setCode(settings.code()).setName(settings.name()).setTimeZone(settings.timeZone().getId())
                .setIdleTimeoutSeconds(settings.idleTimeoutSeconds()).setContactEmail(settings.contactEmail())
                .setContactPhone(settings.contactPhone()).setAddress(settings.address());
    }

    private void replaceChildren(long branchId, BranchSettings settings) {
        dsl.deleteFrom(BRANCH_LANGUAGE).where(BRANCH_LANGUAGE.BRANCH_ID.eq(branchId)).execute();
        dsl.deleteFrom(BRANCH_OPENING_SLOT).where(BRANCH_OPENING_SLOT.BRANCH_ID.eq(branchId)).execute();
        List<Language> languages = settings.languages();
        for (int i = 0; i < languages.size(); i++) {
            dsl.insertInto(BRANCH_LANGUAGE).set(BRANCH_LANGUAGE.BRANCH_ID, branchId)
                    .set(BRANCH_LANGUAGE.LOCALE, languages.get(i).code()).set(BRANCH_LANGUAGE.POSITION, i).execute();
        }
        for (OpeningSlot slot : settings.openingHours()) {
            dsl.insertInto(BRANCH_OPENING_SLOT).set(BRANCH_OPENING_SLOT.BRANCH_ID, branchId)
                    .set(BRANCH_OPENING_SLOT.DAY_OF_WEEK, (byte) slot.day().getValue())
                    .set(BRANCH_OPENING_SLOT.OPENS_AT, slot.opens()).set(BRANCH_OPENING_SLOT.CLOSES_AT, slot.closes())
                    .execute();
        }
    }
}
