package fr.tremplin.config;

import fr.tremplin.admin.BranchService;
import fr.tremplin.catalogue.CatalogueImportService;
import fr.tremplin.catalogue.CatalogueImportService.CatalogueSyncCounts;
import fr.tremplin.core.domain.ConfigurationChanged;
import fr.tremplin.core.domain.SyncCounts;
import fr.tremplin.credential.PoolSeeding;
import fr.tremplin.holdings.HoldingsConfiguration;
import fr.tremplin.outreach.PartnerRegister;
import java.nio.file.Path;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads kiosk-config into the database in one transaction: all of it or, on any mistake, none of it.
 * Loading the same files again changes nothing.
 */
@Service
public class KioskConfigLoader {

    private final BranchService branches;
    private final CatalogueImportService catalogue;
    private final PoolSeeding pools;
    private final PartnerRegister partners;
    private final HoldingsConfiguration holdings;
    private final ApplicationEventPublisher events;

    KioskConfigLoader(BranchService branches, CatalogueImportService catalogue, PoolSeeding pools,
            PartnerRegister partners, HoldingsConfiguration holdings, ApplicationEventPublisher events) {
        this.branches = branches;
        this.catalogue = catalogue;
        this.pools = pools;
        this.partners = partners;
        this.holdings = holdings;
        this.events = events;
    }

    /**
     * @throws KioskConfigException naming the file, line and field of the first mistake found; nothing is written
     */
    @Transactional
    public LoadReport load(Path directory) {
        KioskConfig config = KioskConfig.read(directory);
        SyncCounts branchCounts = branches.importBranches(config.branches());
        SyncCounts needCounts = catalogue.importTaxonomy(config.needs());
        CatalogueSyncCounts resourceCounts = catalogue.importResources(config.resources());
        SyncCounts poolCounts = pools.seed(config.pools().pools(), config.pools().limits());
        SyncCounts partnerCounts = config.partners().map(partners::importPartners).orElse(SyncCounts.NONE);
        holdings.apply(config.holdings());
        LoadReport report = new LoadReport(directory, branchCounts, needCounts, resourceCounts.resources(),
                resourceCounts.offers(), poolCounts, partnerCounts);
        if (report.changedAnything()) {
            events.publishEvent(new ConfigurationChanged("kiosk-config loaded from " + directory));
        }
        return report;
    }

    /** What one load did, per kind of row. */
    public record LoadReport(Path directory, SyncCounts branches, SyncCounts needs, SyncCounts resources,
            SyncCounts offers, SyncCounts pools, SyncCounts partners) {

        public boolean changedAnything() {
            return branches.changedAnything() || needs.changedAnything() || resources.changedAnything()
                    || offers.changedAnything() || pools.changedAnything() || partners.changedAnything();
        }

        @Override
        public String toString() {
            return "branches: " + branches + "; needs: " + needs + "; resources: " + resources + "; offers: "
                    + offers + "; credential pools: " + pools + "; partners: " + partners;
        }
    }
}
