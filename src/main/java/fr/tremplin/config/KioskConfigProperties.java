package fr.tremplin.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param directory the kiosk-config folder (branches.yml, taxonomy.yml, catalogue.yml)
 * @param loadOnStartup whether start-up loads it into the database
 */
@ConfigurationProperties("tremplin.kiosk-config")
public record KioskConfigProperties(Path directory, Boolean loadOnStartup) {

    public KioskConfigProperties {
        directory = directory == null ? Path.of("kiosk-config") : directory;
        loadOnStartup = loadOnStartup == null || loadOnStartup;
    }
}
