package fr.tremplin.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.BranchPicker;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.StaffBranch;
import fr.tremplin.workshop.Workshop;
import fr.tremplin.workshop.Workshops;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workshops of a branch, the coming ones first and those of the last weeks below; "Plan a workshop"
 * ({@code workshop-new}) opens the form, and each workshop its own page, where a librarian runs it.
 */
@Route(value = StaffPaths.WORKSHOPS, layout = StaffLayout.class)
@PermitAll
public class WorkshopsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int DAYS_BACK = 30;
    static final int DAYS_AHEAD = 120;

    private final Workshops workshops;
    private final CredentialPools pools;
    private final Clock clock;
    private final Map<String, StaffBranch> visible = new LinkedHashMap<>();
    private final Div list = new Div();
    private StaffBranch branch;

    public WorkshopsView(Workshops workshops, CredentialPools pools, Clock clock) {
        this.workshops = workshops;
        this.pools = pools;
        this.clock = clock;
        setId("workshops-view");
        list.setId("workshop-list");
        list.addClassName("workshop-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visible.clear();
        pools.branches().forEach(b -> visible.put(b.code(), b));
        removeAll();
        add(new H2(getTranslation("staff.workshops.title")), new Paragraph(getTranslation("staff.workshops.intro")));
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("staff.no-branch")));
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        visible.values().forEach(b -> names.put(b.code(), b.name()));
        BranchPicker picker = BranchPicker.forAddress(names, event, code -> show(visible.get(code)));
        Button create = new Button(getTranslation("staff.workshops.new"), e -> plan());
        create.setId("workshop-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(picker, create, list);
        show(visible.get(picker.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.workshops.title");
    }

    private void plan() {
        new WorkshopDialog(branch, workshops.choices(branch.code()), ZonedDateTime.now(clock), plan -> {
            long id = workshops.plan(plan);
            getUI().ifPresent(ui -> ui.navigate(WorkshopRunView.path(id).substring(1)));
        }).open();
    }

    private void show(StaffBranch shown) {
        this.branch = shown;
        list.removeAll();
        LocalDate today = ZonedDateTime.now(clock).withZoneSameInstant(shown.timeZone()).toLocalDate();
        List<Workshop> found = workshops.list(shown.code(), today.minusDays(DAYS_BACK).atStartOfDay(),
                today.plusDays(DAYS_AHEAD).atStartOfDay(), shown.timeZone());
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("staff.workshops.none"));
            none.setId("workshop-list-empty");
            list.add(none);
        }
        for (Workshop workshop : found) {
            list.add(row(workshop));
        }
    }

    private Div row(Workshop workshop) {
        Anchor title = new Anchor(WorkshopRunView.path(workshop.id()), workshop.title());
        title.setId("workshop-run-" + workshop.id());
        title.addClassName("workshop-row-title");
        Span when = new Span(WorkshopLabels.when(workshop.startsAt()));
        Span status = WorkshopLabels.status(workshop.status());
        Span seats = new Span(getTranslation("staff.workshops.seats", workshop.seats()));
        Span language = new Span(workshop.language().nativeName());
        Div row = new Div(title, when, status, seats, language);
        if (workshop.partnerName() != null) {
            row.add(new Span(getTranslation("staff.workshops.for-partner", workshop.partnerName())));
        }
        row.setId("workshop-" + workshop.id());
        row.addClassName("workshop-row");
        return row;
    }
}
