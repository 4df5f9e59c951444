package fr.tremplin.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.credential.PoolStock;
import fr.tremplin.credential.StaffRequest;
import fr.tremplin.desk.DeskBoard;
import fr.tremplin.kiosk.KioskPresence.KioskStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The quieter parts of the desk: kiosks, account requests, today's stock of access codes. */
final class DeskSections {

    private DeskSections() {
    }

    static Component kiosks(DeskBoard board) {
        Div section = section("desk-kiosks", "staff.desk.kiosks");
        if (board.kiosks().isEmpty()) {
            section.add(new Paragraph(t("staff.desk.kiosks.none")));
        }
        for (KioskStatus kiosk : board.kiosks()) {
            Span status = new Span(t("staff.desk.kiosk." + kiosk.status().name()));
            status.addClassNames("desk-kiosk-status", "status-" + kiosk.status().name().toLowerCase());
            Div row = new Div(new Span(kiosk.label()), status);
            row.setId("desk-kiosk-" + kiosk.id());
            row.addClassName("desk-row");
            row.getElement().setAttribute("data-status", kiosk.status().name());
            section.add(row);
        }
        return section;
    }

    static Component requests(DeskBoard board) {
        Div section = section("desk-requests", "staff.desk.requests");
        if (board.requests().isEmpty()) {
            section.add(new Paragraph(t("staff.desk.requests.none")));
        }
        for (StaffRequest request : board.requests()) {
            Span ticket = new Span(request.ticket());
            ticket.addClassName("desk-ticket");
            Div row = new Div(ticket, new Span(request.resourceTitle()),
                    new Span(DeskTimes.time(request.requestedAt(), board.branch())));
            row.setId("desk-request-" + request.id());
            row.addClassName("desk-row");
            section.add(row);
        }
        section.add(new Anchor("/" + StaffPaths.REQUESTS, t("staff.desk.requests.open")));
        return section;
    }

    static Component stock(DeskBoard board) {
        Div section = section("desk-stock", "staff.desk.stock");
        if (board.stock().isEmpty()) {
            section.add(new Paragraph(t("staff.desk.stock.none")));
        }
        for (PoolStock pool : board.stock()) {
            Span count = new Span(t("staff.desk.stock.left", pool.available()));
            Div row = new Div(new Span(pool.resourceTitle()), count);
            row.setId("desk-stock-" + pool.resourceCode());
            row.addClassName("desk-row");
            if (pool.low()) {
                row.addClassName("low");
                Span low = new Span(t(pool.empty() ? "staff.desk.stock.empty" : "staff.desk.stock.low"));
                low.setId("desk-stock-low-" + pool.resourceCode());
                low.addClassName("desk-stock-low");
                row.add(low);
            }
            section.add(row);
        }
        section.add(new Anchor("/" + StaffPaths.CREDENTIALS + "?branch="
                + URLEncoder.encode(board.branch().code(), StandardCharsets.UTF_8), t("staff.desk.stock.open")));
        return section;
    }

    private static Div section(String id, String titleKey) {
        Div section = new Div(new H3(t(titleKey)));
        section.setId(id);
        section.addClassName("desk-section");
        return section;
    }

    private static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
