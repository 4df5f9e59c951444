package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.kiosk.JourneyStep;
import fr.tremplin.workshop.JoinResult;
import fr.tremplin.workshop.KioskBoards;
import fr.tremplin.workshop.LiveWorkshops;
import fr.tremplin.workshop.SeatSteps;
import fr.tremplin.workshop.SeatTicket;
import fr.tremplin.workshop.Workshop;
import fr.tremplin.workshop.WorkshopSeats;
import fr.tremplin.workshop.WorkshopStatus;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One kiosk's part in a workshop: joining with the code, its seat, and doing what the librarian asks (follow,
 * lock, a handed-out credential, the end). The workshop's state is read from the database each time its topic is
 * signalled, so the librarian may be served by another node. The seat's token is kept in the browser tab's session
 * storage, so a reload takes the seat back; it is removed when the seat is left or the workshop ends.
 */
@SpringComponent
@UIScope
class KioskWorkshop {

    static final String STORAGE_KEY = "tremplin-workshop-seat";

    private final WorkshopSeats seats;
    private final LiveSignals signals;
    private final JourneyController journey;
    private final WorkshopOverlays overlays;
    private final KioskBoards boards;
    private final LiveWorkshops live;
    private final SeatSteps seatSteps;
    private Host host;
    private SeatTicket ticket;
    private Workshop shown;
    private LiveSignals.Subscription watch;
    private LiveSignals.Subscription boardWatch;
    private String reportedStep;

    KioskWorkshop(WorkshopSeats seats, LiveSignals signals, JourneyController journey, WorkshopOverlays overlays,
            KioskBoards boards, LiveWorkshops live, SeatSteps seatSteps) {
        this.boards = boards;
        this.live = live;
        this.seatSteps = seatSteps;
        this.seats = seats;
        this.signals = signals;
        this.journey = journey;
        this.overlays = overlays;
    }

    /** What the kiosk view gives: where the banner and overlays go, and how to clear the kiosk. */
    interface Host {
        Div bannerSlot();

        Div overlaySlot();

        /** Clears the kiosk for the next person, without leaving any seat (that is done here). */
        void clear();
    }

    void attach(Host kioskHost) {
        this.host = kioskHost;
        journey.onRender(this::rendered);
    }

    boolean joined() {
        return ticket != null;
    }

    /** The board of the branch's workshops, for the start and need screens; empty when none is coming. */
    Optional<Component> board() {
        watchBoard();
        if (joined()) {
            return Optional.empty();
        }
        List<Workshop> coming = boards.coming(journey.branch().code());
        if (coming.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WorkshopBoard(coming,
                ZonedDateTime.now(journey.branch().timeZone()).toLocalDate(), this::openJoinScreen));
    }

    /** The code screen, in the patron's language (or the kiosk's first one on the start screen). */
    void openJoinScreen() {
        WorkshopJoinScreen[] screen = new WorkshopJoinScreen[1];
        screen[0] = new WorkshopJoinScreen(code -> submit(code, screen[0]));
        journey.showAside(screen[0]);
    }

    /** Joins with a code from an address (a QR code shown by the librarian), without the code screen. */
    void joinFromLink(String code) {
        WorkshopJoinScreen screen = new WorkshopJoinScreen(typed -> { });
        journey.showAside(screen);
        submit(code, screen);
    }

    private void submit(String code, WorkshopJoinScreen screen) {
        UUID session = journey.storedSession();
        if (session == null) {
            screen.refuse("kiosk.credential.unavailable");
            return;
        }
        JoinResult result = seats.join(journey.branch().code(), code, session);
        switch (result.status()) {
            case UNKNOWN_CODE -> screen.refuse("kiosk.workshop.code.unknown");
            case FULL -> screen.refuse("kiosk.workshop.code.full");
            case JOINED -> seated(result.ticket(), true);
        }
    }

    /** The browser tab had a seat before a reload: takes it back while the workshop runs. */
    void rejoin(String token) {
        if (joined() || token == null || token.isBlank()) {
            return;
        }
        UUID session = journey.storedSession();
        Optional<SeatTicket> seat = session == null ? Optional.empty()
                : seats.rejoin(journey.branch().code(), token, session);
        if (seat.isEmpty()) {
            forgetToken();
            return;
        }
        seated(seat.get(), false);
    }

    private void seated(SeatTicket seat, boolean firstTime) {
        this.ticket = seat;
        this.reportedStep = null;
        overlays.clearSatisfaction(host);
        rememberToken(seat.token());
        UI ui = UI.getCurrent();
        watch = live.watch(seat.workshopId(), now -> ui.access(() -> apply(now)));
        Workshop workshop = seats.workshop(seat).orElseThrow();
        shown = workshop;
        overlays.banner(host, seat, workshop);
        overlays.lock(host, workshop.locked());
        if (firstTime || !workshop.leading()) {
            journey.showAside(new WorkshopSeatScreen(workshop.title(), seat.number(),
                    audience -> seats.audience(seat, audience), this::start));
        } else {
            journey.lead(workshop.leadTarget(), workshop.needCode());
        }
    }

    /** "Start" after the seat screen: the librarian's screen when leading, else the needs. */
    private void start() {
        Workshop workshop = seats.workshop(ticket).orElse(shown);
        if (workshop.leading() && workshop.leadTarget() != null) {
            journey.lead(workshop.leadTarget(), workshop.needCode());
        } else {
            journey.browse();
        }
    }

    /** The workshop changed: do what it now asks. */
    void apply(Optional<Workshop> read) {
        if (ticket == null || read.isPresent() && read.get().id() != ticket.workshopId()) {
            return;
        }
        if (read.isEmpty() || read.get().status() == WorkshopStatus.CLOSED) {
            closed();
            return;
        }
        Workshop now = read.get();
        Workshop before = shown;
        if (now.version() <= before.version()) {
            return;
        }
        shown = now;
        overlays.banner(host, ticket, now);
        if (now.locked() != before.locked()) {
            overlays.lock(host, now.locked());
        }
        if (now.leading() && now.leadTarget() != null && now.leadCount() != before.leadCount()) {
            journey.lead(now.leadTarget(), now.needCode());
        }
        if (now.handOutCount() != before.handOutCount()) {
            seats.credential(ticket).ifPresent(credential -> overlays.credential(host, credential,
                    now.handOutResource(), journey));
        }
    }

    private void closed() {
        SeatTicket ended = ticket;
        fr.tremplin.core.i18n.Language language = journey.journey().language();
        unwatch();
        ticket = null;
        shown = null;
        forgetToken();
        overlays.clear(host);
        host.clear();
        overlays.satisfaction(host, language, score -> seats.satisfaction(ended, score));
    }

    /** The kiosk is cleared by its patron (start again, idle, the end): the seat is left. */
    void leave() {
        if (ticket == null) {
            return;
        }
        try {
            seats.leave(ticket);
        } finally {
            unwatch();
            ticket = null;
            shown = null;
            forgetToken();
            overlays.clear(host);
        }
    }

    void detach() {
        unwatch();
        if (boardWatch != null) {
            boardWatch.close();
            boardWatch = null;
        }
    }

    /**
     * A workshop opened or changed while the kiosk shows its start or need screen (nobody in the middle of
     * anything): the screen is drawn again with the new board.
     */
    private void watchBoard() {
        if (boardWatch != null) {
            return;
        }
        UI ui = UI.getCurrent();
        boardWatch = signals.subscribe(KioskBoards.topic(journey.branch().code()), () -> ui.access(() -> {
            JourneyStep step = journey.journey().step();
            if (!joined() && !journey.aside() && (step == JourneyStep.LANGUAGE || step == JourneyStep.NEED)) {
                journey.refresh();
            }
        }));
    }

    /** Tells the librarian where the kiosk is, behind the patron's back (see {@link SeatSteps}). */
    private void rendered(String step) {
        if (ticket != null && !step.equals(reportedStep)) {
            reportedStep = step;
            seatSteps.shown(ticket, step);
        }
        if (!"LANGUAGE".equals(step)) {
            overlays.clearSatisfaction(host);
        }
    }

    private void unwatch() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    private void rememberToken(String token) {
        UI.getCurrent().getPage().executeJs("sessionStorage.setItem($0, $1)", STORAGE_KEY, token);
    }

    private void forgetToken() {
        UI.getCurrent().getPage().executeJs("sessionStorage.removeItem($0)", STORAGE_KEY);
    }
}
