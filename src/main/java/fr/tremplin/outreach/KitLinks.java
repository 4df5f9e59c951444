package fr.tremplin.outreach;

import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.web.PublicLinks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The kiosk addresses printed on paper, in the deep-link format that never changes:
 * {@code /kiosk/{branch}?lang=..&need=..}, made absolute from the configured public address.
 */
final class KitLinks {

    private final PublicLinks links;

    KitLinks(PublicLinks links) {
        this.links = links;
    }

    String branch(String branchCode, Language language) {
        return links.absolute("/kiosk/" + encode(branchCode) + "?lang=" + language.code());
    }

    String need(String branchCode, Language language, String needCode) {
        return branch(branchCode, language) + "&need=" + encode(needCode);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
