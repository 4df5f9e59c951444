package fr.tremplin.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
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

    KioskConfigStartup(KioskConfigLoader loader, KioskConfigProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.loadOnStartup()) {
            log.info("kiosk-config not loaded at start-up (tremplin.kiosk-config.load-on-startup=false)");
            return;
        }
        long started = System.nanoTime();
        KioskConfigLoader.LoadReport report = loader.load(properties.directory());
        log.info("kiosk-config loaded from {} in {} ms: {}", properties.directory().toAbsolutePath().normalize(),
                (System.nanoTime() - started) / 1_000_000, report);
    }
}
