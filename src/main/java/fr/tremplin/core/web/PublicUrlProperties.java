package fr.tremplin.core.web;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicUrl the address at which patrons and staff reach Tremplin (scheme, host, port, context path), for
 *     every absolute link and QR code it hands out: never taken from a request's Host header, which a client
 *     chooses
 */
@ConfigurationProperties("tremplin.web")
public record PublicUrlProperties(URI publicUrl) {

    public PublicUrlProperties {
        if (publicUrl == null) {
            publicUrl = URI.create("http://localhost:8080");
        }
        String scheme = publicUrl.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || publicUrl.getHost() == null
                || publicUrl.getRawQuery() != null || publicUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("tremplin.web.public-url must be an http(s) address such as "
                    + "https://tremplin.example.org, with no query or fragment: " + publicUrl);
        }
    }
}
