package fr.tremplin.config;

import fr.tremplin.core.db.TransientRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Loads kiosk-config once the schema is migrated and before the web server takes requests, so no kiosk ever sees
 * a half-loaded catalogue. A broken file stops start-up (see {@link KioskConfigFailureAnalyzer}).
 */
@Component
class KioskConfigStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KioskConfigStartup.class);

    private final KioskConfigLoader loader;
    private final KioskConfigProperties properties;
    private final TransientRetry retry;

    KioskConfigStartup(KioskConfigLoader loader, KioskConfigProperties properties, TransientRetry retry) {
        this.loader = loader;
        this.properties = properties;
        this.retry = retry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.loadOnStartup()) {
            log.info("kiosk-config not loaded at start-up (tremplin.kiosk-config.load-on-startup=false)");
            return;
        }
        long started = System.nanoTime();
        // Nodes starting together load the same files at once: the one that commits second meets a deadlock or the
        // first one's rows, and its next try finds them in place ("unchanged").
        KioskConfigLoader.LoadReport report = retry.run("kiosk-config load", () -> loader.load(properties.directory()),
                failure -> failure instanceof DuplicateKeyException);
        log.info("kiosk-config loaded from {} in {} ms: {}", properties.directory().toAbsolutePath().normalize(),
                (System.nanoTime() - started) / 1_000_000, report);
    }
}
