package fr.tremplin.catalogue;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.OFFER;

import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_TEXT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import fr.tremplin.core.db.jooq.tables.records.OfferRecord;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.Translations;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

@Repository
class OfferDao {

    private final DSLContext dsl;

    OfferDao(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<String, Long> branchIdsByCode() {
        return dsl.select(BRANCH.CODE, BRANCH.ID).from(BRANCH).fetchMap(BRANCH.CODE, BRANCH.ID);
    }

    /** The offers of one resource, by branch code. */
    Map<String, OfferRecord> findByResource(long resourceId) {
        return dsl.select(BRANCH.CODE, OFFER).from(OFFER).join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .where(OFFER.RESOURCE_ID.eq(resourceId)).fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Every resource that is not retired, with the branch's offer of it if there is one. */
    List<OfferLine> lines(String branchCode, Language language) {
        Field<Map<Language, String>> titles = multiset(select(RESOURCE_TEXT.LOCALE, RESOURCE_TEXT.TITLE)
                .from(RESOURCE_TEXT).where(RESOURCE_TEXT.RESOURCE_ID.eq(RESOURCE.ID)))
                .convertFrom(r -> {
                    Map<Language, String> byLanguage = new HashMap<>();
                    r.forEach(t -> Language.fromCode(t.value1()).ifPresent(l -> byLanguage.put(l, t.value2())));
                    return byLanguage;
                });
        return dsl.select(RESOURCE.CODE, titles, RESOURCE.PUBLISHER, RESOURCE.ACCESS_MODE, OFFER.ENABLED,
                        OFFER.LICENCES_BOUGHT, OFFER.YEARLY_COST, OFFER.ACCESS_MODE_OVERRIDE, OFFER.VERSION,
                        OFFER.STAFF_EDITED_AT)
                .from(RESOURCE)
                .leftJoin(OFFER).on(OFFER.RESOURCE_ID.eq(RESOURCE.ID)).and(OFFER.BRANCH_ID.eq(
                        select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode)).asField()))
                .where(RESOURCE.RETIRED_AT.isNull())
                .orderBy(RESOURCE.CODE)
                .fetch(r -> new OfferLine(r.value1(), Translations.pick(r.value2(), language), r.value3(), r.value4(),
                        Boolean.TRUE.equals(r.value5()), r.value6(), r.value7(), r.value8(), r.value9(), r.value10()));
    }

    Optional<OfferRecord> findForUpdate(String branchCode, String resourceCode) {
        return dsl.select(OFFER).from(OFFER).join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .join(RESOURCE).on(RESOURCE.ID.eq(OFFER.RESOURCE_ID))
                .where(BRANCH.CODE.eq(branchCode)).and(RESOURCE.CODE.eq(resourceCode))
                .forUpdate().fetchOptional(r -> r.value1());
    }

    /** A staff edit of an offer, marked as such. Creates the offer when the branch had none for the resource. */
    void saveByStaff(String branchCode, String resourceCode, OfferRecord existing, OfferDefinition offer,
            String username, LocalDateTime now) {
        OfferRecord record = existing;
        if (record == null) {
            record = dsl.newRecord(OFFER)
                    .setBranchId(dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq(branchCode)).fetchOne().value1())
                    .setResourceId(dsl.select(RESOURCE.ID).from(RESOURCE).where(RESOURCE.CODE.eq(resourceCode))
                            .fetchOne().value1())
                    .setCreatedAt(now).setVersion(-1);
        }
        copy(offer, record);
        record.setUpdatedAt(now).setVersion(record.getVersion() + 1).setStaffEditedAt(now).setStaffEditedBy(username)
                .store();
    }

    void clearStaffEdit(OfferRecord record) {
        record.setStaffEditedAt(null).setStaffEditedBy(null).store();
    }

    /** Offers of every resource, by resource id, in branches that are not retired (for the configuration export). */
    Map<Long, List<OfferDefinition>> findAllOfActiveBranches() {
        Map<Long, List<OfferDefinition>> offers = new HashMap<>();
        dsl.select(BRANCH.CODE, OFFER).from(OFFER).join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID))
                .where(BRANCH.RETIRED_AT.isNull()).orderBy(BRANCH.NAME)
                .forEach(r -> offers.computeIfAbsent(r.value2().getResourceId(), id -> new java.util.ArrayList<>())
                        .add(toDefinition(r.value1(), r.value2())));
        return offers;
    }

    static OfferDefinition toDefinition(String branchCode, OfferRecord offer) {
        return new OfferDefinition(branchCode, offer.getEnabled(), offer.getLicencesBought(), offer.getYearlyCost(),
                offer.getAccessModeOverride());
    }

    void insert(long resourceId, long branchId, OfferDefinition offer, LocalDateTime now) {
        OfferRecord record = dsl.newRecord(OFFER).setResourceId(resourceId).setBranchId(branchId);
        copy(offer, record);
        record.setCreatedAt(now).setUpdatedAt(now).setVersion(0).store();
    }

    void update(OfferRecord record, OfferDefinition offer, LocalDateTime now) {
        copy(offer, record);
        record.setUpdatedAt(now).setVersion(record.getVersion() + 1).store();
    }

    void disable(OfferRecord record, LocalDateTime now) {
        record.setEnabled(false).setUpdatedAt(now).setVersion(record.getVersion() + 1).store();
    }

    private static void copy(OfferDefinition offer, OfferRecord record) {
        record.setEnabled(offer.enabled()).setLicencesBought(offer.licencesBought())
                .setYearlyCost(offer.yearlyCost()).setAccessModeOverride(offer.accessModeOverride());
    }
}
