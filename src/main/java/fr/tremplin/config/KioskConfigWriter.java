package fr.tremplin.config;

import fr.tremplin.admin.BranchSettings;
import fr.tremplin.admin.OpeningSlot;
import fr.tremplin.catalogue.NeedDefinition;
import fr.tremplin.catalogue.OfferDefinition;
import fr.tremplin.catalogue.ResourceDefinition;
import fr.tremplin.catalogue.ResourceText;
import fr.tremplin.core.i18n.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes branches, taxonomy and catalogue in the format {@link BranchesFile}, {@link TaxonomyFile} and
 * {@link CatalogueFile} read, so that loading what was written gives back the same state. SnakeYAML does the
 * quoting; optional fields that are empty are left out, as a person writing the file would.
 */
final class KioskConfigWriter {

    private KioskConfigWriter() {
    }

    static String branches(List<BranchSettings> branches, String header) {
        List<Object> items = new ArrayList<>();
        for (BranchSettings branch : branches) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", branch.code());
            item.put("name", branch.name());
            item.put("timeZone", branch.timeZone().getId());
            item.put("idleTimeoutSeconds", branch.idleTimeoutSeconds());
            item.put("languages", branch.languages().stream().map(Language::code).toList());
            Map<String, Object> hours = new LinkedHashMap<>();
            for (OpeningSlot slot : branch.openingHours()) {
                @SuppressWarnings("unchecked")
                List<String> periods = (List<String>) hours.computeIfAbsent(
                        slot.day().name().toLowerCase(Locale.ROOT), day -> new ArrayList<String>());
                periods.add(slot.opens() + "-" + slot.closes());
            }
            if (!hours.isEmpty()) {
                item.put("openingHours", hours);
            }
            Map<String, Object> contact = new LinkedHashMap<>();
            putIfSet(contact, "email", branch.contactEmail());
            putIfSet(contact, "phone", branch.contactPhone());
            putIfSet(contact, "address", branch.address());
            if (!contact.isEmpty()) {
                item.put("contact", contact);
            }
            items.add(item);
        }
        return header + dump(Map.of("branches", items));
    }

    /** @param needs each top-level need followed by its sub-needs */
    static String taxonomy(List<NeedDefinition> needs, String header) {
        List<Object> items = new ArrayList<>();
        Map<String, List<Object>> subNeeds = new LinkedHashMap<>();
        for (NeedDefinition need : needs) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", need.code());
            if (need.topLevel()) {
                item.put("audience", need.audience().name());
            }
            item.put("pictogram", need.pictogram());
            item.put("labels", inLanguageOrder(need.labels()));
            if (need.topLevel()) {
                List<Object> children = new ArrayList<>();
                subNeeds.put(need.code(), children);
                items.add(item);
                item.put("subNeeds", children);
            } else {
                subNeeds.get(need.parentCode()).add(item);
            }
        }
        for (Object item : items) {
            @SuppressWarnings("unchecked")
            Map<String, Object> parent = (Map<String, Object>) item;
            if (((List<?>) parent.get("subNeeds")).isEmpty()) {
                parent.remove("subNeeds");
            }
        }
        return header + dump(Map.of("needs", items));
    }

    static String catalogue(List<ResourceDefinition> resources, String header) {
        List<Object> items = new ArrayList<>();
        for (ResourceDefinition resource : resources) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", resource.code());
            putIfSet(item, "publisher", resource.publisher());
            putIfSet(item, "url", resource.url());
            item.put("accessMode", resource.accessMode().name());
            Map<String, Object> levels = new LinkedHashMap<>();
            levels.put("min", resource.levelMin().name());
            levels.put("max", resource.levelMax().name());
            item.put("levels", levels);
            item.put("worksFromHome", resource.worksFromHome());
            if (resource.sessionMinutes() != null) {
                item.put("sessionMinutes", resource.sessionMinutes());
            }
            putIfSet(item, "pictogram", resource.pictogram());
            item.put("example", resource.example());
            item.put("instructionLanguages", resource.instructionLanguages());
            item.put("devices", resource.devices().stream().sorted().map(Enum::name).toList());
            item.put("needs", resource.needCodes().stream().sorted().toList());
            Map<String, Object> texts = new LinkedHashMap<>();
            inLanguageOrder(resource.texts()).forEach((language, text) -> texts.put(language, text(text)));
            item.put("texts", texts);
            item.put("offeredBy", resource.offers().stream().map(KioskConfigWriter::offer).toList());
            items.add(item);
        }
        return header + dump(Map.of("resources", items));
    }

    private static Object offer(OfferDefinition offer) {
        if (offer.enabled() && offer.licencesBought() == null && offer.yearlyCost() == null
                && offer.accessModeOverride() == null) {
            return offer.branchCode();
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("branch", offer.branchCode());
        if (offer.accessModeOverride() != null) {
            item.put("accessMode", offer.accessModeOverride().name());
        }
        if (offer.licencesBought() != null) {
            item.put("licences", offer.licencesBought());
        }
        if (offer.yearlyCost() != null) {
            item.put("yearlyCost", offer.yearlyCost().toPlainString());
        }
        if (!offer.enabled()) {
            item.put("enabled", false);
        }
        return item;
    }

    private static Map<String, Object> text(ResourceText text) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", text.title());
        putIfSet(fields, "summary", text.summary());
        putIfSet(fields, "learn", text.learn());
        putIfSet(fields, "howToAccess", text.howToAccess());
        return fields;
    }

    private static <T> Map<String, T> inLanguageOrder(Map<Language, T> byLanguage) {
        Map<String, T> ordered = new LinkedHashMap<>();
        Arrays.stream(Language.values()).filter(byLanguage::containsKey)
                .forEach(l -> ordered.put(l.code(), byLanguage.get(l)));
        return ordered;
    }

    private static void putIfSet(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    private static String dump(Object document) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(10_000);
        return new Yaml(options).dump(document);
    }
}
