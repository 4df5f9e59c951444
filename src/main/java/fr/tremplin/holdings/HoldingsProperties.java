package fr.tremplin.holdings;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the holdings import.
 *
 * @param watchDirectory a folder where the library system drops its nightly export (none: no folder is watched)
 * @param watchEvery     how often the folder is looked at (default 1 minute)
 * @param fullExport     whether a file of the folder is the whole catalogue, so records missing from it are retired
 *                       (default true: a nightly export is)
 */
@ConfigurationProperties("tremplin.holdings")
public record HoldingsProperties(Path watchDirectory, Duration watchEvery, Boolean fullExport) {

    public HoldingsProperties {
        watchEvery = watchEvery == null ? Duration.ofMinutes(1) : watchEvery;
        fullExport = fullExport == null || fullExport;
    }
}
