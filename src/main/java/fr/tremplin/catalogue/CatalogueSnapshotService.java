package fr.tremplin.catalogue;

import fr.tremplin.core.db.jooq.tables.records.NeedRecord;
import fr.tremplin.core.db.jooq.tables.records.ResourceRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The taxonomy and catalogue as stored now, in the shape kiosk-config defines them (for the configuration export). */
@Service
public class CatalogueSnapshotService {

    private final TaxonomyDao taxonomy;
    private final ResourceDao resources;
    private final OfferDao offers;

    CatalogueSnapshotService(TaxonomyDao taxonomy, ResourceDao resources, OfferDao offers) {
        this.taxonomy = taxonomy;
        this.resources = resources;
        this.offers = offers;
    }

    /** Needs that are not retired: each top-level need, then its sub-needs, in position order. */
    @Transactional(readOnly = true)
    public List<NeedDefinition> needs() {
        Map<String, NeedRecord> records = taxonomy.findAllByCode();
        List<NeedDefinition> active = taxonomy.findAllDefinitions(records).values().stream()
                .filter(d -> records.get(d.code()).getRetiredAt() == null)
                .sorted(Comparator.comparingInt(NeedDefinition::position).thenComparing(NeedDefinition::code))
                .toList();
        List<NeedDefinition> ordered = new ArrayList<>();
        for (NeedDefinition parent : active) {
            if (parent.topLevel()) {
                ordered.add(parent);
                active.stream().filter(d -> parent.code().equals(d.parentCode())).forEach(ordered::add);
            }
        }
        return ordered;
    }

    /** Resources that are not retired, by code, with their offers in branches that are not retired. */
    @Transactional(readOnly = true)
    public List<ResourceDefinition> resources() {
        Map<String, ResourceRecord> records = resources.findAllByCode();
        Map<String, ResourceDefinition> definitions = resources.findAllDefinitions(records);
        Map<Long, List<OfferDefinition>> offersByResource = offers.findAllOfActiveBranches();
        return records.values().stream().filter(r -> r.getRetiredAt() == null)
                .sorted(Comparator.comparing(ResourceRecord::getCode))
                .map(r -> {
                    ResourceDefinition d = definitions.get(r.getCode());
                    return new ResourceDefinition(d.code(), d.publisher(), d.url(), d.accessMode(), d.levelMin(),
                            d.levelMax(), d.worksFromHome(), d.sessionMinutes(), d.pictogram(), d.example(),
                            d.instructionLanguages(), d.devices(), d.needCodes(), d.texts(),
                            offersByResource.getOrDefault(r.getId(), List.of()));
                }).toList();
    }
}
