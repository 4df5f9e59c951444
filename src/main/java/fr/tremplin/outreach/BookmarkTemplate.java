package fr.tremplin.outreach;

import static fr.tremplin.outreach.KitHtml.bi;
import static fr.tremplin.outreach.KitHtml.mm;

import fr.tremplin.outreach.KitContent.FeaturedNeed;
import java.util.ArrayList;
import java.util.List;

/**
 * Bookmarks, {@value #PER_PAGE} on an A4 sheet with cut marks in the margins: one bookmark per featured need (its
 * QR code opens the kiosk at that need), repeated to fill the last sheet.
 */
final class BookmarkTemplate {

    static final int PER_PAGE = 4;
    private static final double WIDTH = 48;
    private static final double HEIGHT = 255;
    private static final double LEFT = (210 - PER_PAGE * WIDTH) / 2;
    private static final double TOP = (297 - HEIGHT) / 2;
    private static final double MARK = 8;
    private static final double GAP = 2;

    private BookmarkTemplate() {
    }

    static String html(KitContent content) {
        List<FeaturedNeed> needs = new ArrayList<>(content.needs());
        int count = Math.max(PER_PAGE, (needs.size() + PER_PAGE - 1) / PER_PAGE * PER_PAGE);
        StringBuilder body = new StringBuilder();
        for (int page = 0; page < count / PER_PAGE; page++) {
            body.append("<div class=\"sheet\"").append(page > 0 ? " style=\"page-break-before:always\"" : "")
                    .append(">").append(cutMarks());
            for (int i = 0; i < PER_PAGE; i++) {
                int slot = content.rightToLeft() ? PER_PAGE - 1 - i : i;
                FeaturedNeed need = needs.isEmpty() ? null : needs.get((page * PER_PAGE + i) % needs.size());
                body.append("<div class=\"mark\" style=\"left:").append(mm(LEFT + slot * WIDTH)).append("\">")
                        .append(bookmark(content, need)).append("</div>");
            }
            body.append("</div>");
        }
        return KitHtml.document(content, "A4", CSS, body.toString());
    }

    private static String bookmark(KitContent content, FeaturedNeed need) {
        StringBuilder html = new StringBuilder();
        html.append("<div class=\"band\">").append(KitHtml.ltr(content, content.branchName(), "branch"))
                .append("</div>");
        html.append(bi(content, "kit.title", "title"));
        if (need != null) {
            html.append(KitHtml.texts(content, need.labels()::get, "need"));
        }
        html.append("<div class=\"code\">").append(KitHtml.qr(need == null ? content.branchLink() : need.link(), 36))
                .append("</div>");
        html.append(bi(content, "kit.scan", "small"));
        html.append(bi(content, "kit.free", "small"));
        html.append(bi(content, "kit.help", "small"));
        html.append("<div class=\"foot\">").append(bi(content, "kit.hours", "subheading"))
                .append(KitHtml.hours(content, "hours-table", "<br/>"))
                .append(KitHtml.ltr(content, content.branchLink(), "link")).append("</div>");
        return html.toString();
    }

    /** Short lines outside the bookmarks, in line with every cut, so the marks vanish with the margins. */
    private static String cutMarks() {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i <= PER_PAGE; i++) {
            double x = LEFT + i * WIDTH;
            marks.append(line(x, TOP - GAP - MARK, 0, MARK)).append(line(x, TOP + HEIGHT + GAP, 0, MARK));
        }
        for (double y : new double[] {TOP, TOP + HEIGHT}) {
            marks.append(line(LEFT - GAP - MARK, y, MARK, 0)).append(line(LEFT + PER_PAGE * WIDTH + GAP, y, MARK, 0));
        }
        return marks.toString();
    }

    private static String line(double x, double y, double width, double height) {
        String border = width == 0 ? "border-left" : "border-top";
        return "<div class=\"cut\" style=\"left:" + mm(x) + ";top:" + mm(y) + ";width:" + mm(width) + ";height:"
                + mm(height) + ";" + border + ":0.5pt solid #000\"></div>";
    }

    private static final String CSS = ".sheet{position:relative;width:210mm;height:297mm;overflow:hidden}\n"
            + ".cut{position:absolute}\n"
            + ".mark{position:absolute;top:" + mm(TOP) + ";width:" + mm(WIDTH - 8) + ";height:" + mm(HEIGHT - 8)
            + ";padding:4mm;text-align:center;overflow:hidden}\n"
            + ".band{background:#0b4f8a;color:#fff;padding:2mm 1mm;margin-bottom:5mm}\n"
            + ".branch{font-size:11pt;font-weight:bold;text-align:center}\n"
            + ".title{font-size:14pt;font-weight:bold;text-align:center;line-height:1.2}\n"
            + ".title.second{font-size:9.5pt}\n"
            + ".need{font-size:17pt;font-weight:bold;text-align:center;color:#0b4f8a;margin-top:10mm}\n"
            + ".need.second{font-size:11pt;margin-top:0}\n"
            + ".code{margin:8mm 0 3mm 0;text-align:center}\n"
            + ".small{font-size:10pt;text-align:center;margin-top:2mm}\n.small.second{font-size:8pt;margin-top:0}\n"
            + ".foot{position:absolute;left:4mm;right:4mm;bottom:4mm}\n"
            + ".subheading{font-size:11pt;font-weight:bold;text-align:center}\n"
            + ".subheading.second{font-size:8.5pt}\n"
            + "table{border-collapse:collapse;width:100%;margin-top:1mm}\n"
            + ".hours-table td{font-size:9pt;padding:0.8mm 0.5mm;vertical-align:top}\n"
            + ".hours-table .second{font-size:7pt}\n.times{white-space:nowrap}\n"
            + ".link{font-size:6.5pt;word-wrap:break-word;color:#0b4f8a;margin-top:4mm;text-align:center}\n";
}
