package fr.tremplin.holdings;

import fr.tremplin.core.domain.LanguageLevel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The linking rules, applied together: a record serves the needs of every rule that catches it. */
record HoldingRules(List<HoldingRule> rules) {

    static final HoldingRules NONE = new HoldingRules(List.of());

    HoldingRules {
        rules = List.copyOf(rules);
    }

    HoldingTags tag(String recordId, String classification, String title, String subjects) {
        String text = HoldingRule.fold(title) + " \n " + HoldingRule.fold(subjects);
        Set<String> needs = new HashSet<>();
        LanguageLevel min = null;
        LanguageLevel max = null;
        for (HoldingRule rule : rules) {
            if (!rule.catches(recordId, classification, text)) {
                continue;
            }
            needs.addAll(rule.needs());
            if (rule.levelMin() != null) {
                min = min == null || rule.levelMin().compareTo(min) < 0 ? rule.levelMin() : min;
                max = max == null || rule.levelMax().compareTo(max) > 0 ? rule.levelMax() : max;
            }
        }
        return new HoldingTags(needs, min, max);
    }

    /** Changes whenever a rule does, so records are tagged again only then. */
    byte[] fingerprint() {
        try {
            StringBuilder canonical = new StringBuilder();
            for (HoldingRule rule : rules) {
                canonical.append(new TreeSet<>(rule.needs())).append(rule.levelMin()).append(rule.levelMax())
                        .append(rule.classification()).append(rule.words()).append(new TreeSet<>(rule.recordIds()))
                        .append('\n');
            }
            return MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
