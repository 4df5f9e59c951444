package fr.tremplin.holdings;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * kiosk-config's holdings.yml: which branch each library-system code stands for, where the copies are in the
 * records when not in Koha's usual fields, each branch's live availability source, and the linking rules.
 *
 * @param itemFields   the item field layout, or null for Koha's (995 in UNIMARC, 952 in MARC21)
 * @param availability live availability per branch code
 * @param seed         an export imported once, when the shelves are empty (the demo's), or null
 */
public record HoldingsSettings(Map<String, String> libraries, ItemFields itemFields,
        Map<String, AvailabilitySetting> availability, List<HoldingRule> rules, Path seed) {

    public static final HoldingsSettings NONE = new HoldingsSettings(Map.of(), null, Map.of(), List.of(), null);

    public HoldingsSettings {
        libraries = Map.copyOf(libraries);
        availability = Map.copyOf(availability);
        rules = List.copyOf(rules);
    }

    ItemFields itemFields(MarcFormat format) {
        return itemFields != null ? itemFields : ItemFields.kohaDefault(format);
    }

    /** A branch's library system answering live: Koha's public REST API or ILS-DI, at this address. */
    public record AvailabilitySetting(AvailabilityKind kind, String url) {
    }

    public enum AvailabilityKind {
        KOHA_REST, ILS_DI
    }
}
