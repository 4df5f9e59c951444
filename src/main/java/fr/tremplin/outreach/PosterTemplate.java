package fr.tremplin.outreach;

import static fr.tremplin.outreach.KitHtml.bi;
import static fr.tremplin.outreach.KitHtml.esc;
import static fr.tremplin.outreach.KitHtml.mm;
import static fr.tremplin.outreach.KitHtml.pt;
import static fr.tremplin.outreach.KitHtml.qr;
import static fr.tremplin.outreach.KitHtml.row;

import fr.tremplin.outreach.KitContent.FeaturedNeed;
import java.util.List;

/**
 * The A4 and A3 posters and the A5 flyer: one layout drawn at the scale of the paper (A-sizes are each other
 * scaled by the square root of two), so the flyer is the poster in the hand. Up to {@value #MAX_NEEDS} needs, two a
 * row, each with the QR code that opens the kiosk at that need.
 */
final class PosterTemplate {

    static final int MAX_NEEDS = 8;

    private PosterTemplate() {
    }

    static String html(KitContent content, KitItem item) {
        double s = item.scale();
        // Bilingual pieces print every text twice: a little smaller, so the poster stays one sheet.
        double f = content.second().isPresent() ? 0.85 : 1;
        return KitHtml.document(content, item.paper(), css(s, s * f), body(content, s * f));
    }

    private static String body(KitContent content, double s) {
        StringBuilder html = new StringBuilder("<div class=\"page\">");
        html.append("<div class=\"band\">").append(KitHtml.ltr(content, content.branchName(), "branch"))
                .append("</div>");
        html.append(bi(content, "kit.title", "title"));
        html.append(bi(content, "kit.intro", "lead"));
        html.append(bi(content, "kit.free", "lead"));
        html.append(bi(content, "kit.needs", "heading"));
        html.append("<table class=\"needs\">");
        List<FeaturedNeed> needs = content.needs().stream().limit(MAX_NEEDS).toList();
        for (int i = 0; i < needs.size(); i += 2) {
            String first = needCell(content, needs.get(i), s);
            String second = i + 1 < needs.size() ? needCell(content, needs.get(i + 1), s) : "<td class=\"need\"></td>";
            html.append(row(content, first, second));
        }
        html.append("</table>");
        String scan = "<td class=\"scan\">" + qr(content.branchLink(), 34 * s) + bi(content, "kit.scan", "small")
                + bi(content, "kit.web", "small") + KitHtml.ltr(content, content.branchLink(), "link") + "</td>";
        String hours = "<td class=\"hours\">" + bi(content, "kit.hours", "subheading")
                + KitHtml.hours(content, "hours-table", "  ") + bi(content, "kit.help", "small")
                + (content.contact().isEmpty() ? "" : KitHtml.ltr(content, content.contact(), "small")) + "</td>";
        html.append("<table class=\"foot\">").append(row(content, scan, hours)).append("</table>");
        return html.append("</div>").toString();
    }

    private static String needCell(KitContent content, FeaturedNeed need, double s) {
        String code = "<td class=\"need-qr\">" + qr(need.link(), 26 * s) + "</td>";
        String label = "<td class=\"need-label\">" + KitHtml.texts(content, need.labels()::get, "need-text")
                + "</td>";
        return "<td class=\"need\" id=\"need-" + esc(need.code()) + "\"><table class=\"need-inner\">"
                + row(content, code, label) + "</table></td>";
    }

    private static String css(double s, double t) {
        return ".page{padding:" + mm(11 * s) + " " + mm(12 * s) + ";}\n"
                + ".band{background:#0b4f8a;color:#fff;padding:" + mm(3 * s) + ";text-align:center;margin-bottom:"
                + mm(5 * s) + "}\n"
                + ".branch{font-size:" + pt(22 * t) + ";font-weight:bold;text-align:center}\n"
                + ".title{font-size:" + pt(30 * t) + ";font-weight:bold;text-align:center;line-height:1.2}\n"
                + ".title.second{font-size:" + pt(18 * t) + "}\n"
                + ".lead{font-size:" + pt(16 * t) + ";text-align:center;margin-top:" + mm(2 * t) + "}\n"
                + ".lead.second{font-size:" + pt(12 * t) + ";margin-top:0}\n"
                + ".heading{font-size:" + pt(18 * t) + ";font-weight:bold;margin-top:" + mm(6 * t)
                + ";border-bottom:" + pt(1.5 * t) + " solid #0b4f8a}\n"
                + ".heading.second{font-size:" + pt(12 * t) + ";border:none}\n"
                + "table{border-collapse:collapse;width:100%}\ntd{vertical-align:middle;padding:0}\n"
                + ".need{width:50%;padding:" + mm(2 * t) + " " + mm(1 * s) + "}\n"
                + ".need-qr{width:" + mm(27 * s) + "}\n.need-label{padding:0 " + mm(2 * s) + "}\n"
                + ".need-text{font-size:" + pt(15 * t) + ";font-weight:bold}\n"
                + ".need-text.second{font-size:" + pt(11 * t) + "}\n"
                + ".foot{margin-top:" + mm(5 * t) + ";border-top:" + pt(1.5 * t) + " solid #0b4f8a}\n"
                + ".scan{width:45%;text-align:center;vertical-align:top;padding-top:" + mm(3 * s) + "}\n"
                + ".hours{vertical-align:top;padding:" + mm(3 * s) + " " + mm(3 * s) + " 0 " + mm(3 * s) + "}\n"
                + ".subheading{font-size:" + pt(14 * t) + ";font-weight:bold}\n"
                + ".subheading.second{font-size:" + pt(10 * t) + "}\n"
                + ".hours-table td{font-size:" + pt(12 * t) + ";padding:" + mm(0.6 * s) + " " + mm(1 * s) + "}\n"
                + ".hours-table .second{font-size:" + pt(9 * t) + "}\n"
                + ".small{font-size:" + pt(11 * t) + ";margin-top:" + mm(1.5 * s) + "}\n"
                + ".small.second{font-size:" + pt(9 * t) + ";margin-top:0}\n"
                + ".link{font-size:" + pt(8.5 * t) + ";word-wrap:break-word;color:#0b4f8a}\n"
                + ".scan .small,.scan .link{text-align:center}\n";
    }
}
