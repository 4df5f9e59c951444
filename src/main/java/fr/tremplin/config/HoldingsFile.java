package fr.tremplin.config;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.holdings.HoldingRule;
import fr.tremplin.holdings.HoldingsSettings;
import fr.tremplin.holdings.HoldingsSettings.AvailabilityKind;
import fr.tremplin.holdings.HoldingsSettings.AvailabilitySetting;
import fr.tremplin.holdings.ItemFields;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads kiosk-config/holdings.yml (optional): the library system's codes for the branches, the item field layout
 * when it is not Koha's, each branch's live availability source, and the rules linking records to needs.
 */
final class HoldingsFile {

    static final String NAME = "holdings.yml";

    private HoldingsFile() {
    }

    static HoldingsSettings read(Path file, Set<String> branchCodes, Set<String> needCodes) {
        if (!Files.exists(file)) {
            return HoldingsSettings.NONE;
        }
        YamlNode root = YamlNode.parse(file);
        Map<String, YamlNode> top = root.fields("libraries", "itemFields", "availability", "rules", "seed");
        Map<String, String> libraries = new HashMap<>();
        YamlNode.optional(top, "libraries").map(YamlNode::entries).orElse(Map.of()).forEach((code, branch) ->
                libraries.put(code, branch(branch, branchCodes)));
        ItemFields itemFields = YamlNode.optional(top, "itemFields").map(HoldingsFile::itemFields).orElse(null);
        Map<String, AvailabilitySetting> availability = new HashMap<>();
        YamlNode.optional(top, "availability").map(YamlNode::entries).orElse(Map.of()).forEach((branch, node) -> {
            if (!branchCodes.contains(branch)) {
                throw node.error("'" + branch + "' is not a branch of " + BranchesFile.NAME);
            }
            Map<String, YamlNode> f = node.fields("kind", "url");
            availability.put(branch, new AvailabilitySetting(node.required(f, "kind").enumValue(AvailabilityKind.class),
                    url(node.required(f, "url"))));
        });
        List<HoldingRule> rules = new ArrayList<>();
        for (YamlNode item : YamlNode.optional(top, "rules").map(YamlNode::items).orElse(List.of())) {
            rules.add(rule(item, needCodes));
        }
        Path seed = YamlNode.optional(top, "seed").map(node -> seed(node, file.getParent())).orElse(null);
        return new HoldingsSettings(libraries, itemFields, availability, rules, seed);
    }

    private static Path seed(YamlNode node, Path directory) {
        Path seed = directory.resolve(node.text(300)).normalize();
        if (!Files.isRegularFile(seed)) {
            throw node.error("there is no file '" + node.text() + "' next to " + NAME);
        }
        return seed;
    }

    private static String branch(YamlNode node, Set<String> branchCodes) {
        String code = node.text();
        if (!branchCodes.contains(code)) {
            throw node.error("'" + code + "' is not a branch of " + BranchesFile.NAME);
        }
        return code;
    }

    private static ItemFields itemFields(YamlNode node) {
        Map<String, YamlNode> f = node.fields("tag", "library", "altLibrary", "location", "shelfMark", "dueDate",
                "notForLoan", "lost", "withdrawn");
        String tag = node.required(f, "tag").matching("\\d{3}", "a field tag of three digits, such as '995'");
        return new ItemFields(tag, code(node.required(f, "library")), optionalCode(f, "altLibrary"),
                optionalCode(f, "location"), optionalCode(f, "shelfMark"), optionalCode(f, "dueDate"),
                optionalCode(f, "notForLoan"), optionalCode(f, "lost"), optionalCode(f, "withdrawn"));
    }

    private static char optionalCode(Map<String, YamlNode> fields, String name) {
        return YamlNode.optional(fields, name).map(HoldingsFile::code).orElse(ItemFields.NONE);
    }

    private static char code(YamlNode node) {
        return node.matching("[a-z0-9]", "one subfield code, a lowercase letter or a digit").charAt(0);
    }

    private static String url(YamlNode node) {
        String url = node.text(500);
        try {
            URI uri = URI.create(url);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw node.error("'" + url + "' is not a web address (http:// or https://)");
            }
            return url;
        } catch (IllegalArgumentException e) {
            throw node.error("'" + url + "' is not a web address: " + e.getMessage());
        }
    }

    private static HoldingRule rule(YamlNode item, Set<String> needCodes) {
        Map<String, YamlNode> f = item.fields("needs", "levels", "classification", "words", "records");
        Set<String> needs = new HashSet<>();
        for (YamlNode need : item.required(f, "needs").itemsOrSingle()) {
            if (!needCodes.contains(need.text())) {
                throw need.error("'" + need.text() + "' is not a need of " + TaxonomyFile.NAME);
            }
            needs.add(need.text());
        }
        LanguageLevel min = null;
        LanguageLevel max = null;
        if (YamlNode.optional(f, "levels").isPresent()) {
            Map<String, YamlNode> range = f.get("levels").fields("min", "max");
            min = f.get("levels").required(range, "min").enumValue(LanguageLevel.class);
            max = f.get("levels").required(range, "max").enumValue(LanguageLevel.class);
            if (min.compareTo(max) > 0) {
                throw f.get("levels").error("min " + min + " is above max " + max);
            }
        }
        List<String> classification = texts(f, "classification");
        List<String> words = texts(f, "words");
        List<String> records = texts(f, "records");
        if (classification.isEmpty() && words.isEmpty() && records.isEmpty()) {
            throw item.error("a rule needs at least one of classification, words or records");
        }
        return new HoldingRule(needs, min, max, classification, words, Set.copyOf(records));
    }

    private static List<String> texts(Map<String, YamlNode> fields, String name) {
        return YamlNode.optional(fields, name).map(YamlNode::itemsOrSingle).orElse(List.of()).stream()
                .map(node -> node.text(200)).toList();
    }
}
