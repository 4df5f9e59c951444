package fr.tremplin.catalogue;

import fr.tremplin.core.db.jooq.tables.records.NeedRecord;
import fr.tremplin.core.db.jooq.tables.records.OfferRecord;
import fr.tremplin.core.db.jooq.tables.records.ResourceRecord;
import fr.tremplin.core.domain.SyncCounts;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the stored taxonomy, resources and offers match kiosk-config. Rows that already match are left untouched,
 * so loading the same files twice changes nothing; what disappeared from the files is retired or switched off,
 * never deleted, because sessions and reports refer to it. A row a staff user edited in the admin screens wins over
 * the files: it is left as it is (with a warning in the log) until the files say the same again, after which the
 * files own it once more.
 */
@Service
public class CatalogueImportService {

    private static final Logger log = LoggerFactory.getLogger(CatalogueImportService.class);

    private final TaxonomyDao taxonomy;
    private final ResourceDao resources;
    private final OfferDao offers;
    private final Clock clock;

    CatalogueImportService(TaxonomyDao taxonomy, ResourceDao resources, OfferDao offers, Clock clock) {
        this.taxonomy = taxonomy;
        this.resources = resources;
        this.offers = offers;
        this.clock = clock;
    }

    /** @param needs parents before their sub-needs, as the taxonomy file lists them */
    @Transactional
    public SyncCounts importTaxonomy(List<NeedDefinition> needs) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, NeedRecord> stored = taxonomy.findAllByCode();
        Map<String, NeedDefinition> storedDefinitions = taxonomy.findAllDefinitions(stored);
        Map<String, Long> ids = new HashMap<>();
        stored.forEach((code, record) -> ids.put(code, record.getId()));
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        for (NeedDefinition need : needs) {
            Long parentId = need.parentCode() == null ? null : ids.get(need.parentCode());
            NeedRecord record = stored.get(need.code());
            boolean same = record != null && record.getRetiredAt() == null
                    && need.equals(storedDefinitions.get(need.code()));
            if (record == null) {
                ids.put(need.code(), taxonomy.insert(need, parentId).getId());
                inserted++;
            } else if (record.getStaffEditedAt() != null) {
                if (same) {
                    taxonomy.clearStaffEdit(record);
                    unchanged++;
                } else {
                    logKept("need", need.code(), record.getStaffEditedBy(), record.getStaffEditedAt());
                    kept++;
                }
            } else if (!same) {
                taxonomy.update(record, need, parentId);
                updated++;
            } else {
                unchanged++;
            }
        }
        Set<String> inFile = new HashSet<>();
        needs.forEach(n -> inFile.add(n.code()));
        int retired = 0;
        for (NeedRecord record : stored.values()) {
            if (!inFile.contains(record.getCode()) && record.getRetiredAt() == null) {
                if (record.getStaffEditedAt() != null) {
                    logKept("need", record.getCode(), record.getStaffEditedBy(), record.getStaffEditedAt());
                    kept++;
                } else {
                    taxonomy.retire(record, now);
                    retired++;
                }
            }
        }
        return new SyncCounts(inserted, updated, retired, unchanged, kept);
    }

    /** Resources and their offers; the taxonomy and the branches they name must be imported first. */
    @Transactional
    public CatalogueSyncCounts importResources(List<ResourceDefinition> definitions) {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Long> needIds = new HashMap<>();
        taxonomy.findAllByCode().forEach((code, record) -> needIds.put(code, record.getId()));
        Map<String, Long> branchIds = offers.branchIdsByCode();
        Map<String, ResourceRecord> stored = resources.findAllByCode();
        Map<String, ResourceDefinition> storedDefinitions = resources.findAllDefinitions(stored);
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        SyncCounts offerCounts = SyncCounts.NONE;
        Set<String> inFile = new HashSet<>();
        for (ResourceDefinition definition : definitions) {
            inFile.add(definition.code());
            ResourceDefinition resource = definition.withoutOffers();
            ResourceRecord record = stored.get(resource.code());
            boolean same = record != null && record.getRetiredAt() == null
                    && resource.equals(storedDefinitions.get(resource.code()));
            if (record == null) {
                record = resources.insert(resource, needIds, now);
                inserted++;
            } else if (record.getStaffEditedAt() != null) {
                if (same) {
                    resources.clearStaffEdit(record);
                    unchanged++;
                } else {
                    logKept("resource", resource.code(), record.getStaffEditedBy(), record.getStaffEditedAt());
                    kept++;
                }
            } else if (!same) {
                resources.update(record, resource, needIds, now);
                updated++;
            } else {
                unchanged++;
            }
            offerCounts = offerCounts.plus(syncOffers(record.getId(), definition.offers(), branchIds, now));
        }
        int retired = 0;
        for (ResourceRecord record : stored.values()) {
            if (!inFile.contains(record.getCode()) && record.getRetiredAt() == null) {
                if (record.getStaffEditedAt() != null) {
                    logKept("resource", record.getCode(), record.getStaffEditedBy(), record.getStaffEditedAt());
                    kept++;
                } else {
                    resources.retire(record, now);
                    retired++;
                }
            }
        }
        return new CatalogueSyncCounts(new SyncCounts(inserted, updated, retired, unchanged, kept), offerCounts);
    }

    private SyncCounts syncOffers(long resourceId, List<OfferDefinition> wanted, Map<String, Long> branchIds,
            LocalDateTime now) {
        Map<String, OfferRecord> stored = offers.findByResource(resourceId);
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        int kept = 0;
        for (OfferDefinition offer : wanted) {
            OfferRecord record = stored.remove(offer.branchCode());
            boolean same = record != null && offer.equals(OfferDao.toDefinition(offer.branchCode(), record));
            if (record == null) {
                offers.insert(resourceId, branchIds.get(offer.branchCode()), offer, now);
                inserted++;
            } else if (record.getStaffEditedAt() != null) {
                if (same) {
                    offers.clearStaffEdit(record);
                    unchanged++;
                } else {
                    logKept("offer", offer.branchCode() + "/" + resourceId, record.getStaffEditedBy(),
                            record.getStaffEditedAt());
                    kept++;
                }
            } else if (!same) {
                offers.update(record, offer, now);
                updated++;
            } else {
                unchanged++;
            }
        }
        int switchedOff = 0;
        for (Map.Entry<String, OfferRecord> left : stored.entrySet()) {
            OfferRecord record = left.getValue();
            if (record.getEnabled() && record.getStaffEditedAt() != null) {
                logKept("offer", left.getKey() + "/" + resourceId, record.getStaffEditedBy(), record.getStaffEditedAt());
                kept++;
            } else if (record.getEnabled()) {
                offers.disable(record, now);
                switchedOff++;
            }
        }
        return new SyncCounts(inserted, updated, switchedOff, unchanged, kept);
    }

    private static void logKept(String kind, String key, String editedBy, LocalDateTime editedAt) {
        log.warn("kiosk-config differs from {} '{}' as {} edited it on {}: the staff edit is kept", kind, key,
                editedBy, editedAt);
    }

    /** What an import did to resources and, separately, to offers ("retired" offers are switched off). */
    public record CatalogueSyncCounts(SyncCounts resources, SyncCounts offers) {
    }
}
