package fr.tremplin.credential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.StaffBranch;
import fr.tremplin.credential.StaffRequest;
import fr.tremplin.credential.StaffRequests;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The open requests for a personal publisher account in the branches the user sees: the patron shows the ticket
 * number at the desk, staff create the account, hand it over and close the ticket.
 */
@Route(value = StaffPaths.REQUESTS, layout = StaffLayout.class)
@PermitAll
public class StaffRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final StaffRequests requests;
    private final Map<String, StaffBranch> branches;
    private final VerticalLayout list = new VerticalLayout();

    public StaffRequestsView(StaffRequests requests, CredentialPools pools) {
        this.requests = requests;
        this.branches = pools.branches().stream().collect(Collectors.toMap(StaffBranch::code, Function.identity()));
        setId("staff-requests-view");
        list.setId("staff-requests");
        list.setPadding(false);
        list.setSpacing(false);
        Button refresh = new Button(getTranslation("staff.requests.refresh"), e -> show());
        refresh.setId("staff-requests-refresh");
        add(new H2(getTranslation("staff.requests.title")), new Paragraph(getTranslation("staff.requests.intro")),
                refresh, list);
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.requests.title");
    }

    private void show() {
        list.removeAll();
        for (StaffRequest request : requests.open()) {
            list.add(row(request));
        }
        if (list.getComponentCount() == 0) {
            Paragraph none = new Paragraph(getTranslation("staff.requests.none"));
            none.setId("staff-requests-empty");
            list.add(none);
        }
    }

    private HorizontalLayout row(StaffRequest request) {
        String id = "request-" + request.id();
        Span ticket = new Span(request.ticket());
        ticket.setId(id + "-ticket");
        ticket.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        ticket.getElement().setAttribute("aria-label", getTranslation("staff.requests.ticket", request.ticket()));
        StaffBranch branch = branches.get(request.branchCode());
        Span resource = new Span(request.resourceTitle());
        resource.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span details = new Span(getTranslation("staff.requests.details",
                branch == null ? request.branchCode() : branch.name(),
                CredentialLabels.when(request.requestedAt(), branch == null ? ZoneOffset.UTC : branch.timeZone())));
        details.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div text = new Div(resource, new Div(details));
        Button done = new Button(getTranslation("staff.requests.done"), e -> close(request, true));
        done.setId(id + "-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.requests.cancel"), e -> close(request, false));
        cancel.setId(id + "-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(ticket, text, done, cancel);
        row.setId(id);
        row.setWidthFull();
        row.expand(text);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.SMALL);
        return row;
    }

    private void close(StaffRequest request, boolean done) {
        if (!requests.close(request.id(), done)) {
            Feedback.error(getTranslation("staff.requests.already-closed", request.ticket()));
        } else if (done) {
            Feedback.saved(getTranslation("staff.requests.closed.done", request.ticket()));
        } else {
            Feedback.saved(getTranslation("staff.requests.closed.cancelled", request.ticket()));
        }
        show();
    }
}
