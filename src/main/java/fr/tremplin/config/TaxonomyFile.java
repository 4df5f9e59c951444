package fr.tremplin.config;

import fr.tremplin.catalogue.NeedDefinition;
import fr.tremplin.core.domain.Audience;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Pictograms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads kiosk-config/taxonomy.yml: needs and their sub-needs, with labels per language. */
final class TaxonomyFile {

    static final String NAME = "taxonomy.yml";
    static final String CODE_PATTERN = "[A-Z0-9_]{1,40}";

    private TaxonomyFile() {
    }

    /** @return parents before their sub-needs */
    static List<NeedDefinition> read(Path file) {
        YamlNode root = YamlNode.parse(file);
        Map<String, YamlNode> top = root.fields("needs");
        List<NeedDefinition> needs = new ArrayList<>();
        Map<String, YamlNode> seen = new HashMap<>();
        List<YamlNode> items = root.required(top, "needs").items();
        if (items.isEmpty()) {
            throw root.error("no need is defined");
        }
        for (int i = 0; i < items.size(); i++) {
            YamlNode item = items.get(i);
            Map<String, YamlNode> f = item.fields("code", "audience", "pictogram", "labels", "subNeeds");
            NeedDefinition need = need(item, f, null, item.required(f, "audience").enumValue(Audience.class), i);
            add(need, item, seen, needs);
            List<YamlNode> subNeeds = YamlNode.optional(f, "subNeeds").map(YamlNode::items).orElse(List.of());
            for (int j = 0; j < subNeeds.size(); j++) {
                YamlNode subItem = subNeeds.get(j);
                Map<String, YamlNode> sf = subItem.fields("code", "pictogram", "labels");
                add(need(subItem, sf, need.code(), null, j), subItem, seen, needs);
            }
        }
        return needs;
    }

    private static NeedDefinition need(YamlNode item, Map<String, YamlNode> f, String parent, Audience audience,
            int position) {
        String code = item.required(f, "code").matching(CODE_PATTERN, "capital letters, digits and _, such as JOB_CV");
        YamlNode pictogramNode = item.required(f, "pictogram");
        String pictogram = pictogramNode.text(60);
        if (!Pictograms.isKnown(pictogram)) {
            throw pictogramNode.error("'" + pictogram + "' is not a Vaadin icon name (such as briefcase or book)");
        }
        return new NeedDefinition(code, parent, audience, pictogram, position, labels(item.required(f, "labels")));
    }

    private static Map<Language, String> labels(YamlNode node) {
        Map<Language, String> labels = new EnumMap<>(Language.class);
        node.entries().forEach((code, label) -> labels.put(KioskLanguages.of(label, code), label.text(200)));
        if (!labels.containsKey(Language.FR)) {
            throw node.error("the French label (fr) is missing: it is the one every kiosk falls back to");
        }
        return labels;
    }

    private static void add(NeedDefinition need, YamlNode item, Map<String, YamlNode> seen, List<NeedDefinition> needs) {
        YamlNode earlier = seen.put(need.code(), item);
        if (earlier != null) {
            throw item.error("the need code '" + need.code() + "' is already used on line " + earlier.line());
        }
        needs.add(need);
    }
}
