package fr.tremplin.config;

import fr.tremplin.catalogue.OfferDefinition;
import fr.tremplin.catalogue.ResourceDefinition;
import fr.tremplin.catalogue.ResourceText;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.Device;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Pictograms;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads kiosk-config/catalogue.yml: resources, their texts, and the branches that offer them. */
final class CatalogueFile {

    static final String NAME = "catalogue.yml";

    private CatalogueFile() {
    }

    static List<ResourceDefinition> read(Path file, Set<String> needCodes, Set<String> branchCodes) {
        YamlNode root = YamlNode.parse(file);
        Map<String, YamlNode> top = root.fields("resources");
        List<ResourceDefinition> resources = new ArrayList<>();
        Map<String, YamlNode> seen = new HashMap<>();
        for (YamlNode item : root.required(top, "resources").items()) {
            ResourceDefinition resource = new ResourceReader(item, needCodes, branchCodes).read();
            YamlNode earlier = seen.put(resource.code(), item);
            if (earlier != null) {
                throw item.error("the resource code '" + resource.code() + "' is already used on line "
                        + earlier.line());
            }
            resources.add(resource);
        }
        return resources;
    }

    /** One entry of the resources list. */
    private record ResourceReader(YamlNode item, Set<String> needCodes, Set<String> branchCodes) {

        ResourceDefinition read() {
            Map<String, YamlNode> f = item.fields("code", "publisher", "url", "accessMode", "levels",
                    "worksFromHome", "sessionMinutes", "pictogram", "example", "instructionLanguages", "devices",
                    "needs", "texts", "offeredBy");
            String code = item.required(f, "code").matching("[A-Z0-9_]{1,60}",
                    "capital letters, digits and _, such as TV5MONDE_FLE");
            YamlNode levels = item.required(f, "levels");
            Map<String, YamlNode> range = levels.fields("min", "max");
            LanguageLevel min = levels.required(range, "min").enumValue(LanguageLevel.class);
            LanguageLevel max = levels.required(range, "max").enumValue(LanguageLevel.class);
            if (min.compareTo(max) > 0) {
                throw range.get("max").error("the highest level " + max + " is below the lowest " + min);
            }
            return new ResourceDefinition(code,
                    YamlNode.optional(f, "publisher").map(n -> n.text(200)).orElse(null),
                    YamlNode.optional(f, "url").map(ResourceReader::url).orElse(null),
                    item.required(f, "accessMode").enumValue(AccessMode.class),
                    min, max,
                    YamlNode.optional(f, "worksFromHome").map(YamlNode::bool).orElse(false),
                    YamlNode.optional(f, "sessionMinutes").map(n -> n.integer(1, 600)).orElse(null),
                    YamlNode.optional(f, "pictogram").map(ResourceReader::pictogram).orElse(null),
                    YamlNode.optional(f, "example").map(YamlNode::bool).orElse(false),
                    instructionLanguages(item.required(f, "instructionLanguages")),
                    devices(item.required(f, "devices")),
                    needs(item.required(f, "needs")),
                    texts(item.required(f, "texts")),
                    offers(item.required(f, "offeredBy")));
        }

        private static String url(YamlNode node) {
            String value = node.text(1000);
            try {
                URI uri = new URI(value);
                if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                    return value;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw node.error("'" + value + "' is not a web address starting with https://");
        }

        private static String pictogram(YamlNode node) {
            String name = node.text(60);
            if (!Pictograms.isKnown(name)) {
                throw node.error("'" + name + "' is not a Vaadin icon name (such as book or laptop)");
            }
            return name;
        }

        private static List<String> instructionLanguages(YamlNode node) {
            Set<String> codes = new LinkedHashSet<>();
            for (YamlNode item : node.items()) {
                String code = item.matching("[a-z]{2,3}", "an ISO 639 language code such as fr, en or prs");
                if (!codes.add(code)) {
                    throw item.error("the language '" + code + "' is listed twice");
                }
            }
            if (codes.isEmpty()) {
                throw node.error("at least one language is needed");
            }
            return List.copyOf(codes);
        }

        private static Set<Device> devices(YamlNode node) {
            Set<Device> devices = EnumSet.noneOf(Device.class);
            node.items().forEach(item -> devices.add(item.enumValue(Device.class)));
            if (devices.isEmpty()) {
                throw node.error("at least one device is needed (COMPUTER, TABLET or PHONE)");
            }
            return devices;
        }

        private Set<String> needs(YamlNode node) {
            Set<String> codes = new LinkedHashSet<>();
            for (YamlNode item : node.items()) {
                String code = item.text();
                if (!needCodes.contains(code)) {
                    throw item.error("'" + code + "' is not a need of " + TaxonomyFile.NAME);
                }
                codes.add(code);
            }
            if (codes.isEmpty()) {
                throw node.error("at least one need is needed, or no patron can find the resource");
            }
            return codes;
        }

        private static Map<Language, ResourceText> texts(YamlNode node) {
            Map<Language, ResourceText> texts = new EnumMap<>(Language.class);
            node.entries().forEach((code, text) -> {
                Map<String, YamlNode> f = text.fields("title", "summary", "learn", "howToAccess");
                texts.put(KioskLanguages.of(text, code), new ResourceText(
                        text.required(f, "title").text(200),
                        YamlNode.optional(f, "summary").map(n -> n.text(500)).orElse(null),
                        YamlNode.optional(f, "learn").map(n -> n.text(2000)).orElse(null),
                        YamlNode.optional(f, "howToAccess").map(n -> n.text(2000)).orElse(null)));
            });
            if (!texts.containsKey(Language.FR)) {
                throw node.error("the French texts (fr) are missing: they are the ones every kiosk falls back to");
            }
            return texts;
        }

        private List<OfferDefinition> offers(YamlNode node) {
            List<OfferDefinition> offers = new ArrayList<>();
            Set<String> branches = new LinkedHashSet<>();
            for (YamlNode item : node.items()) {
                OfferDefinition offer = item.isScalar() ? new OfferDefinition(branch(item), true, null, null, null)
                        : offer(item);
                if (!branches.add(offer.branchCode())) {
                    throw item.error("the branch '" + offer.branchCode() + "' is listed twice");
                }
                offers.add(offer);
            }
            return offers;
        }

        private OfferDefinition offer(YamlNode item) {
            Map<String, YamlNode> f = item.fields("branch", "enabled", "licences", "yearlyCost", "accessMode");
            return new OfferDefinition(branch(item.required(f, "branch")),
                    YamlNode.optional(f, "enabled").map(YamlNode::bool).orElse(true),
                    YamlNode.optional(f, "licences").map(n -> n.integer(0, 1_000_000)).orElse(null),
                    YamlNode.optional(f, "yearlyCost").map(ResourceReader::cost).orElse(null),
                    YamlNode.optional(f, "accessMode").map(n -> n.enumValue(AccessMode.class)).orElse(null));
        }

        private String branch(YamlNode node) {
            String code = node.text();
            if (!branchCodes.contains(code)) {
                throw node.error("'" + code + "' is not a branch of " + BranchesFile.NAME);
            }
            return code;
        }

        private static BigDecimal cost(YamlNode node) {
            String value = node.matching("\\d{1,8}(\\.\\d{1,2})?", "an amount in euros such as 1200 or 1200.50");
            return new BigDecimal(value);
        }
    }
}
