package fr.tremplin.config;

import fr.tremplin.catalogue.OfferDefinition;
import fr.tremplin.catalogue.ResourceDefinition;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.credential.PoolDefinition;
import fr.tremplin.credential.PoolPolicy;
import fr.tremplin.credential.PoolSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads kiosk-config/pools.yml (optional): the credential pools of the offers that hand out codes or a shared
 * account, the fair-use limit of each branch, and, for the demo only, fake credentials to fill empty pools.
 */
final class PoolsFile {

    static final String NAME = "pools.yml";
    /** A shared account is one login: its pool is low only when that login is gone. */
    private static final PoolSettings SHARED_ACCOUNT = new PoolSettings(PoolPolicy.SINGLE_USE, null, 0, false);

    private PoolsFile() {
    }

    /** The pools and limits of the file. */
    record Pools(List<PoolDefinition> pools, Map<String, Integer> limits) {

        static final Pools NONE = new Pools(List.of(), Map.of());
    }

    static Pools read(Path file, List<ResourceDefinition> resources, Set<String> branchCodes) {
        if (!Files.exists(file)) {
            return Pools.NONE;
        }
        YamlNode root = YamlNode.parse(file);
        Map<String, YamlNode> top = root.fields("pools", "demoPools", "limits");
        Map<String, AccessMode> offered = offeredModes(resources);
        List<PoolDefinition> pools = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (YamlNode item : YamlNode.optional(top, "pools").map(YamlNode::items).orElse(List.of())) {
            PoolDefinition pool = pool(item, offered, branchCodes);
            if (!named.add(key(pool.branchCode(), pool.resourceCode()))) {
                throw item.error("the pool of " + pool.resourceCode() + " at " + pool.branchCode()
                        + " is described twice");
            }
            pools.add(pool);
        }
        YamlNode.optional(top, "demoPools").ifPresent(demo -> demoPools(demo, offered, named, pools));
        Map<String, Integer> limits = new LinkedHashMap<>();
        for (YamlNode item : YamlNode.optional(top, "limits").map(YamlNode::items).orElse(List.of())) {
            Map<String, YamlNode> f = item.fields("branch", "perKioskPerHour");
            String branch = branch(item.required(f, "branch"), branchCodes);
            if (limits.put(branch, item.required(f, "perKioskPerHour").integer(1, 1000)) != null) {
                throw item.error("the limit of branch " + branch + " is given twice");
            }
        }
        return new Pools(pools, limits);
    }

    private static PoolDefinition pool(YamlNode item, Map<String, AccessMode> offered, Set<String> branchCodes) {
        Map<String, YamlNode> f = item.fields("branch", "resource", "policy", "loanDays", "lowStockThreshold",
                "cardCheck", "loginLink", "demoCredentials");
        String branch = branch(item.required(f, "branch"), branchCodes);
        YamlNode resourceNode = item.required(f, "resource");
        String resource = resourceNode.text();
        AccessMode mode = offered.get(key(branch, resource));
        if (mode == null) {
            throw resourceNode.error("branch " + branch + " does not offer '" + resource + "' (see its offeredBy in "
                    + CatalogueFile.NAME + ")");
        }
        if (mode != AccessMode.POOL_CODE && mode != AccessMode.SHARED_ACCOUNT) {
            throw resourceNode.error(resource + " at " + branch + " is " + mode
                    + ": only POOL_CODE and SHARED_ACCOUNT offers have a pool");
        }
        PoolPolicy policy = YamlNode.optional(f, "policy").map(n -> n.enumValue(PoolPolicy.class))
                .orElse(PoolPolicy.SINGLE_USE);
        Integer loanDays = YamlNode.optional(f, "loanDays").map(n -> n.integer(1, 366)).orElse(null);
        if (policy == PoolPolicy.REUSABLE_AFTER_EXPIRY && loanDays == null) {
            throw item.error("the field 'loanDays' is missing: a REUSABLE_AFTER_EXPIRY pool lends for 1 to 366 days");
        }
        if (policy == PoolPolicy.SINGLE_USE && loanDays != null) {
            throw f.get("loanDays").error("only a REUSABLE_AFTER_EXPIRY pool lends for a number of days");
        }
        String loginLink = YamlNode.optional(f, "loginLink").map(PoolsFile::loginLink).orElse(null);
        PoolSettings settings = new PoolSettings(policy, loanDays,
                YamlNode.optional(f, "lowStockThreshold").map(n -> n.integer(0, 100_000)).orElse(5),
                YamlNode.optional(f, "cardCheck").map(YamlNode::bool).orElse(false), loginLink);
        int demo = YamlNode.optional(f, "demoCredentials").map(n -> n.integer(0, 1000)).orElse(0);
        return new PoolDefinition(branch, resource, settings, demo);
    }

    /** DEMO ONLY: a pool of fake credentials for every offer that needs one and is not described above. */
    private static void demoPools(YamlNode demo, Map<String, AccessMode> offered, Set<String> named,
            List<PoolDefinition> pools) {
        Map<String, YamlNode> f = demo.fields("credentialsPerPool");
        int count = demo.required(f, "credentialsPerPool").integer(1, 1000);
        offered.forEach((key, mode) -> {
            if ((mode == AccessMode.POOL_CODE || mode == AccessMode.SHARED_ACCOUNT) && !named.contains(key)) {
                String[] parts = key.split(" ", 2);
                pools.add(mode == AccessMode.SHARED_ACCOUNT
                        ? new PoolDefinition(parts[0], parts[1], SHARED_ACCOUNT, 1)
                        : new PoolDefinition(parts[0], parts[1], PoolSettings.DEFAULT, count));
            }
        });
    }

    private static String loginLink(YamlNode node) {
        String link = node.text();
        if (!PoolSettings.validLoginLink(link)) {
            throw node.error("'" + link + "' is not a login link: an https address with "
                    + PoolSettings.LOGIN_PLACEHOLDER + " where the login goes, such as "
                    + "https://publisher.example/login?user={login}");
        }
        return link;
    }

    private static String branch(YamlNode node, Set<String> branchCodes) {
        String branch = node.text();
        if (!branchCodes.contains(branch)) {
            throw node.error("'" + branch + "' is not a branch of " + BranchesFile.NAME);
        }
        return branch;
    }

    /** The effective access mode of every offer, by "branch resource". */
    private static Map<String, AccessMode> offeredModes(List<ResourceDefinition> resources) {
        Map<String, AccessMode> modes = new LinkedHashMap<>();
        for (ResourceDefinition resource : resources) {
            for (OfferDefinition offer : resource.offers()) {
                modes.put(key(offer.branchCode(), resource.code()), offer.accessModeOverride() != null
                        ? offer.accessModeOverride() : resource.accessMode());
            }
        }
        return modes;
    }

    private static String key(String branch, String resource) {
        return branch + " " + resource;
    }
}
