package fr.tremplin.holdings;

import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Imports holdings.yml's seed export (the demo's shelves) once, when no record was ever imported, so a fresh start
 * shows shelves next to the resources. Several nodes starting together import it once: imports are serialised and
 * the second finds the records there.
 */
@Component
class HoldingsSeed {

    private final HoldingsSettingsHolder settings;
    private final HoldingsImportService imports;
    private final HoldingsWriteDao holdings;

    HoldingsSeed(HoldingsSettingsHolder settings, HoldingsImportService imports, HoldingsWriteDao holdings) {
        this.settings = settings;
        this.imports = imports;
        this.holdings = holdings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedEmptyShelves() {
        Path seed = settings.current().seed();
        if (seed != null && !holdings.anyRecord()) {
            imports.importFile(seed, seed.getFileName().toString(),
                    new ImportRequest(ImportSource.FOLDER, null, false, null));
        }
    }
}
