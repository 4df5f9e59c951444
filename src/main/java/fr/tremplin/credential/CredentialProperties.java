package fr.tremplin.credential;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the credential pools.
 *
 * @param key the AES-256 key of the secrets at rest, base64 (32 bytes), from configuration or the environment
 *     variable {@code TREMPLIN_CREDENTIALS_KEY}; when absent, the key of {@code keyFile} (generated at first start)
 * @param previousKeys keys replaced by {@code key}: secrets still under one of them are re-encrypted at start-up
 * @param keyFile where a generated key is kept (mode 0600) when no key is configured
 * @param perKioskPerHour default fair-use limit: credentials one kiosk PC may hand out in an hour
 * @param reclaimEvery how often lent credentials are taken back and expired ones retired
 */
@ConfigurationProperties("tremplin.credentials")
public record CredentialProperties(String key, List<String> previousKeys, Path keyFile, int perKioskPerHour,
        Duration reclaimEvery) {

    public static final int DEFAULT_PER_KIOSK_PER_HOUR = 10;

    public CredentialProperties {
        previousKeys = previousKeys == null ? List.of() : List.copyOf(previousKeys);
        keyFile = keyFile == null ? Path.of("data", "credentials.key") : keyFile;
        perKioskPerHour = perKioskPerHour <= 0 ? DEFAULT_PER_KIOSK_PER_HOUR : perKioskPerHour;
        reclaimEvery = reclaimEvery == null ? Duration.ofMinutes(10) : reclaimEvery;
    }
}
