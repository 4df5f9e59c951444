package fr.tremplin.config;

import fr.tremplin.outreach.PartnerDefinition;
import fr.tremplin.outreach.PartnerKind;
import fr.tremplin.outreach.PartnerRegister;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads kiosk-config/partners.yml (optional): the insertion partners and the referral codes of their slips. Without
 * the file, the register is left as it is.
 */
final class PartnersFile {

    static final String NAME = "partners.yml";

    private PartnersFile() {
    }

    /** @return the partners, or empty when the file does not exist */
    static Optional<List<PartnerDefinition>> read(Path file, Set<String> branchCodes) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        YamlNode root = YamlNode.parse(file);
        Map<String, YamlNode> top = root.fields("partners");
        List<PartnerDefinition> partners = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (YamlNode item : YamlNode.optional(top, "partners").map(YamlNode::items).orElse(List.of())) {
            Map<String, YamlNode> f = item.fields("code", "name", "kind", "branch", "territory");
            String code = item.required(f, "code").matching(PartnerRegister.CODE_PATTERN,
                    "2 to 40 letters, digits and dashes, such as 'CCAS-LUNEVILLE'");
            if (!codes.add(code)) {
                throw f.get("code").error("the partner code '" + code + "' is used twice");
            }
            String branch = YamlNode.optional(f, "branch").map(YamlNode::text).orElse(null);
            if (branch != null && !branchCodes.contains(branch)) {
                throw f.get("branch").error("'" + branch + "' is not a branch of " + BranchesFile.NAME);
            }
            partners.add(new PartnerDefinition(code, item.required(f, "name").text(200),
                    item.required(f, "kind").enumValue(PartnerKind.class), branch,
                    YamlNode.optional(f, "territory").map(n -> n.text(200)).orElse(null)));
        }
        return Optional.of(partners);
    }
}
