package fr.tremplin.workshop.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.QrCode;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.core.web.PublicLinks;
import fr.tremplin.workshop.LeadTarget;
import fr.tremplin.workshop.Workshop;
import fr.tremplin.workshop.WorkshopChoices;
import fr.tremplin.workshop.Workshops;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one workshop ({@code /staff/workshops/{id}}): its join code and QR code, the controls, and the seats, live.
 * Everything is read from the database, so the page survives a browser restart, two librarians can lead together,
 * and a command from another node shows here within a poll.
 */
@Route(value = StaffPaths.WORKSHOPS + "/:" + WorkshopRunView.ID + "([0-9]{1,18})", layout = StaffLayout.class)
@PermitAll
public class WorkshopRunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle,
        WorkshopControls.Actions {

    static final String ID = "workshopId";

    private final Workshops workshops;
    private final LiveSignals signals;
    private final PublicLinks links;
    private final WorkshopSeatsPanel seats = new WorkshopSeatsPanel();
    private final Div header = new Div();
    private final Div code = new Div();
    private final Div slipsSlot = new Div();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private WorkshopControls controls;
    private WorkshopChoices choices;
    private Workshop workshop;
    private List<LiveSignals.Subscription> watches = List.of();

    public WorkshopRunView(Workshops workshops, LiveSignals signals, PublicLinks links) {
        this.workshops = workshops;
        this.signals = signals;
        this.links = links;
        setId("workshop-run-view");
        header.addClassName("workshop-header");
        code.setId("workshop-code-panel");
        code.addClassName("workshop-code-panel");
    }

    static String path(long id) {
        return "/" + StaffPaths.WORKSHOPS + "/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Workshop> found = event.getRouteParameters().getLong(ID).flatMap(workshops::find);
        removeAll();
        if (found.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("staff.workshop.error.unknown"));
            none.setId("workshop-unknown");
            add(none, new Anchor("/" + StaffPaths.WORKSHOPS, getTranslation("staff.workshops.title")));
            return;
        }
        workshop = found.get();
        choices = workshops.choices(workshop.branchCode());
        controls = new WorkshopControls(workshop, choices, this);
        add(new Anchor("/" + StaffPaths.WORKSHOPS + "?branch=" + workshop.branchCode(),
                getTranslation("staff.workshop.back")), header, code, controls, slipsSlot, seats);
        show(workshop);
        if (isAttached()) {
            watch(UI.getCurrent());
        }
    }

    @Override
    public String getPageTitle() {
        return workshop == null ? getTranslation("staff.workshops.title") : workshop.title();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        watch(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unwatch();
    }

    private void watch(UI ui) {
        unwatch();
        if (workshop == null) {
            return;
        }
        Runnable queue = () -> {
            if (refreshQueued.compareAndSet(false, true)) {
                ui.access(() -> {
                    refreshQueued.set(false);
                    refresh();
                });
            }
        };
        watches = List.of(signals.subscribe(Workshops.topic(workshop.id()), queue),
                signals.subscribe(Workshops.seatsTopic(workshop.id()), queue));
    }

    private void unwatch() {
        watches.forEach(LiveSignals.Subscription::close);
        watches = List.of();
    }

    private void refresh() {
        workshops.find(workshop.id()).ifPresent(this::show);
    }

    private void show(Workshop now) {
        workshop = now;
        header.removeAll();
        H2 title = new H2(now.title());
        title.setId("workshop-heading");
        Div facts = new Div(WorkshopLabels.status(now.status()), new Span(WorkshopLabels.when(now.startsAt())),
                new Span(now.language().nativeName()));
        facts.addClassName("workshop-facts");
        if (now.partnerName() != null) {
            facts.add(new Span(getTranslation("staff.workshops.for-partner", now.partnerName())));
        }
        header.add(title, facts);
        code.removeAll();
        if (now.joinCode() != null) {
            Span joinCode = new Span(now.joinCode());
            joinCode.setId("workshop-join-code");
            joinCode.addClassName("workshop-join-code");
            String address = links.absolute("/kiosk/" + URLEncoder.encode(now.branchCode(), StandardCharsets.UTF_8)
                    + "?workshop=" + now.joinCode());
            QrCode qr = new QrCode(address, getTranslation("staff.workshop.qr.alt"));
            qr.setId("workshop-join-qr");
            qr.addClassName("workshop-join-qr");
            code.add(new Paragraph(getTranslation("staff.workshop.code.intro")), joinCode, qr);
        }
        controls.update(now);
        seats.show(now, workshops.seats(now.id()), choices);
    }

    private void command(Runnable command) {
        try {
            command.run();
        } catch (InvalidInputException e) {
            Feedback.error(getTranslation(e.messageKey(), e.arguments()));
        }
        refresh();
    }

    @Override
    public void open() {
        command(() -> workshops.open(workshop.id()));
    }

    @Override
    public void lead(LeadTarget target) {
        command(() -> workshops.lead(workshop.id(), target));
    }

    @Override
    public void release() {
        command(() -> workshops.release(workshop.id()));
    }

    @Override
    public void lock(boolean locked) {
        command(() -> workshops.lockScreens(workshop.id(), locked));
    }

    @Override
    public void handOut(String resourceCode) {
        command(() -> {
            Workshops.HandOut handOut = workshops.handOut(workshop.id(), resourceCode);
            if (handOut.missed() > 0) {
                Feedback.error(getTranslation("staff.workshop.hand.missed", handOut.served(), handOut.missed()));
            } else {
                Feedback.saved(getTranslation("staff.workshop.hand.done", handOut.served()));
            }
        });
        showSlips();
    }

    @Override
    public void showSlips() {
        slipsSlot.removeAll();
        if (workshop.handOutResource() != null) {
            slipsSlot.add(new WorkshopSlips(workshop.title(), workshop.handOutResource(),
                    workshops.slips(workshop.id()), choices));
        }
    }

    @Override
    public void close() {
        command(() -> workshops.close(workshop.id()));
        slipsSlot.removeAll();
    }
}
