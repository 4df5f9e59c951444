package fr.tremplin.catalogue;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.OFFER;

import fr.tremplin.core.db.jooq.tables.records.OfferRecord;
import java.time.LocalDateTime;
import java.util.Map;
import org.jooq.DSLContext;
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
