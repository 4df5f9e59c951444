package fr.tremplin.config;

import fr.tremplin.admin.BranchSettings;
import fr.tremplin.catalogue.NeedDefinition;
import fr.tremplin.catalogue.ResourceDefinition;
import fr.tremplin.outreach.PartnerDefinition;
import fr.tremplin.holdings.HoldingsSettings;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The kiosk-config files, read and checked, ready to be loaded. */
record KioskConfig(List<BranchSettings> branches, List<NeedDefinition> needs, List<ResourceDefinition> resources,
        PoolsFile.Pools pools, Optional<List<PartnerDefinition>> partners, HoldingsSettings holdings) {

    /** Reads and checks every file before anything is written, so a mistake leaves the database as it was. */
    static KioskConfig read(Path directory) {
        List<BranchSettings> branches = BranchesFile.read(directory.resolve(BranchesFile.NAME));
        List<NeedDefinition> needs = TaxonomyFile.read(directory.resolve(TaxonomyFile.NAME));
        Set<String> needCodes = new HashSet<>();
        needs.forEach(n -> needCodes.add(n.code()));
        Set<String> branchCodes = new HashSet<>();
        branches.forEach(b -> branchCodes.add(b.code()));
        List<ResourceDefinition> resources = CatalogueFile.read(directory.resolve(CatalogueFile.NAME), needCodes,
                branchCodes);
        PoolsFile.Pools pools = PoolsFile.read(directory.resolve(PoolsFile.NAME), resources, branchCodes);
        Optional<List<PartnerDefinition>> partners = PartnersFile.read(directory.resolve(PartnersFile.NAME),
                branchCodes);
        HoldingsSettings holdings = HoldingsFile.read(directory.resolve(HoldingsFile.NAME), branchCodes, needCodes);
        return new KioskConfig(branches, needs, resources, pools, partners, holdings);
    }
}
