package fr.tremplin.outreach;

import fr.tremplin.admin.OpeningSlot;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.qr.QrCodes;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The pieces every kit template shares: the XHTML document with its fonts, texts in the piece's language (and French
 * under it when bilingual), QR images, opening hours. Every text goes through {@link #esc}; each text block carries
 * its own {@code dir} and font, and layouts put columns in reading order themselves rather than trust table bidi.
 */
final class KitHtml {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final int QR_PIXELS_PER_MODULE = 10;

    private KitHtml() {
    }

    static String document(KitContent content, String paper, String css, String body) {
        StringBuilder fonts = new StringBuilder();
        for (Language language : Language.values()) {
            fonts.append(".l-").append(language.code()).append("{font-family:").append(families(language))
                    .append(";direction:").append(language.rightToLeft() ? "rtl" : "ltr").append("}\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"" + content.language().code() + "\" dir=\"" + dir(content.language())
                + "\"><head><meta charset=\"UTF-8\"/><title>" + esc(content.branchName()) + "</title><style>\n"
                + "@page{size:" + paper + ";margin:0}\n"
                + "body{margin:0;font-family:" + families(content.language()) + ";color:#1a1a1a}\n"
                + ".ltr{direction:ltr}\n.second{color:#444;font-weight:normal}\n"
                + ".rtl-block{text-align:right}\n.ltr-block{text-align:left}\n" + fonts + css
                + "</style></head><body>" + body + "</body></html>";
    }

    /** The text of {@code key}, then its French under it when the piece is bilingual. */
    static String bi(KitContent content, String key, String cssClass) {
        return texts(content, language -> KitContent.text(language, key), cssClass);
    }

    /** One text per language of the piece, each in a block of its own direction and font. */
    static String texts(KitContent content, java.util.function.Function<Language, String> text, String cssClass) {
        StringBuilder html = new StringBuilder(block(content, content.language(), text.apply(content.language()),
                cssClass));
        content.second().ifPresent(second -> html.append(block(content, second, text.apply(second),
                cssClass + " second")));
        return html.toString();
    }

    /** A text in its language's direction and font, aligned where the page starts (French under Arabic too). */
    static String block(KitContent content, Language language, String text, String cssClass) {
        return "<div class=\"" + cssClass + " l-" + language.code() + " " + dir(content.language()) + "-block\" lang=\""
                + language.code() + "\" dir=\"" + dir(language) + "\">" + esc(text) + "</div>";
    }

    /** Text that reads left to right whatever the page (names, addresses, times), aligned where the page starts. */
    static String ltr(KitContent content, String text, String cssClass) {
        return "<div class=\"" + cssClass + " l-fr " + dir(content.language()) + "-block\" dir=\"ltr\">"
                + esc(text) + "</div>";
    }

    static String qr(String link, double sizeMm) {
        String png = Base64.getEncoder().encodeToString(QrCodes.png(link, QR_PIXELS_PER_MODULE));
        return "<img class=\"qr\" alt=\"QR\" src=\"data:image/png;base64," + png + "\" style=\"width:"
                + mm(sizeMm) + ";height:" + mm(sizeMm) + "\"/>";
    }

    /** Cells of one table row, in reading order: reversed on a right-to-left page. */
    static String row(KitContent content, String... cells) {
        List<String> ordered = new ArrayList<>(List.of(cells));
        if (content.rightToLeft()) {
            java.util.Collections.reverse(ordered);
        }
        return "<tr>" + String.join("", ordered) + "</tr>";
    }

    /**
     * Opening hours, one row a day: the day's name in each language of the piece, then its periods, joined by
     * {@code periodSeparator} (a space on posters, a line break on narrow bookmarks).
     */
    static String hours(KitContent content, String cssClass, String periodSeparator) {
        Map<DayOfWeek, List<String>> byDay = content.hours().stream().collect(Collectors.groupingBy(
                OpeningSlot::day, LinkedHashMap::new,
                Collectors.mapping(s -> TIME.format(s.opens()) + "–" + TIME.format(s.closes()),
                        Collectors.toList())));
        StringBuilder rows = new StringBuilder();
        byDay.forEach((day, periods) -> {
            List<String> cells = new ArrayList<>();
            cells.add(cell("day", block(content, content.language(),
                    KitContent.text(content.language(), "kit.day." + day), "")));
            content.second().ifPresent(second -> cells.add(cell("day", block(content, second,
                    KitContent.text(second, "kit.day." + day), "second"))));
            String times = periods.stream().map(KitHtml::esc).collect(Collectors.joining(periodSeparator));
            cells.add(cell("times", "<div class=\"" + dir(content.language()) + "-block\" dir=\"ltr\">" + times
                    + "</div>"));
            rows.append(row(content, cells.toArray(String[]::new)));
        });
        return "<table class=\"" + cssClass + "\">" + rows + "</table>";
    }

    private static String cell(String cssClass, String html) {
        return "<td class=\"" + cssClass + "\">" + html + "</td>";
    }

    static String mm(double value) {
        return String.format(java.util.Locale.ROOT, "%.2fmm", value);
    }

    static String pt(double value) {
        return String.format(java.util.Locale.ROOT, "%.2fpt", value);
    }

    static String dir(Language language) {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String families(Language language) {
        String latin = "'" + KitFonts.LATIN + "'";
        String arabic = "'" + KitFonts.ARABIC + "'";
        String ethiopic = "'" + KitFonts.ETHIOPIC + "'";
        if (language.rightToLeft()) {
            return arabic + "," + latin + "," + ethiopic;
        }
        return language == Language.TI ? ethiopic + "," + latin + "," + arabic : latin + "," + arabic + "," + ethiopic;
    }
}
