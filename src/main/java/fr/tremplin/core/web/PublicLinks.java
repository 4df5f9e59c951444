package fr.tremplin.core.web;

import org.springframework.stereotype.Component;

/** Absolute links to Tremplin's own pages, built from the configured public address. */
@Component
public class PublicLinks {

    private final String base;

    PublicLinks(PublicUrlProperties properties) {
        String url = properties.publicUrl().toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** @param path an absolute path of the application, such as {@code /kiosk/luneville} */
    public String absolute(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("Not an absolute path: " + path);
        }
        return base + path;
    }
}
