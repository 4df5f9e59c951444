package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.tremplin.admin.BranchService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.core.health.DatabaseAvailability;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.OutageAware;
import fr.tremplin.core.ui.PageLanguage;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.RestingNotice;
import fr.tremplin.kiosk.DeepLink;
import fr.tremplin.kiosk.EndReason;
import fr.tremplin.kiosk.JourneyStep;
import fr.tremplin.kiosk.PatronJourney;

/**
 * A branch's kiosk: /kiosk/{branchCode}. The whole patron journey happens inside this one view, without changing
 * the address, so neither the browser's back button nor a reload can bring back a previous patron's screens.
 */
@Route("kiosk")
@AnonymousAllowed
public class KioskView extends Div implements HasUrlParameter<String>, HasDynamicTitle, KioskHeader.Actions,
        KioskStage, KioskWorkshop.Host, OutageAware {

    /** {@code /kiosk/{branch}?workshop=CODE} (the QR code a librarian shows) joins that workshop at once. */
    static final String WORKSHOP_PARAMETER = "workshop";

    private final BranchService branches;
    private final KioskRecognition recognition;
    private final JourneyController controller;
    private final DatabaseAvailability availability;
    private final LibrarianCall librarianCall;
    private final KioskWorkshop workshop;
    private final Main stage = new Main();
    private final Div workshopBanner = new Div();
    private final Div helpBand = new Div();
    private final Div workshopOverlay = new Div();
    private BranchSettings branch;
    private KioskHeader header;
    private IdleWarning idleWarning;
    private DisplaySettings display;
    private Language voiceCheckedFor;
    private RestingNotice resting;
    private SharedPcHygiene hygiene;

    public KioskView(BranchService branches, KioskRecognition recognition, JourneyController controller,
            DatabaseAvailability availability, LibrarianCall librarianCall, KioskWorkshop workshop) {
        this.branches = branches;
        this.workshop = workshop;
        this.librarianCall = librarianCall;
        this.recognition = recognition;
        this.controller = controller;
        this.availability = availability;
        setId("kiosk");
        addClassName("kiosk");
        stage.setId("stage");
        workshopBanner.addClassName("workshop-slot");
        workshopOverlay.addClassName("workshop-overlay-slot");
    }

    @Override
    public void setParameter(BeforeEvent event, String branchCode) {
        if (header != null && branch.code().equals(branchCode)) {
            // The browser's back button within the kiosk: handled by browserBack(), not a new kiosk.
            return;
        }
        branch = branches.findBranch(branchCode).orElse(null);
        hygiene = SharedPcHygiene.from(event.getLocation().getQueryParameters());
        removeAll();
        if (branch == null) {
            PageLanguage.apply(event.getUI(), Language.FR);
            showUnknownBranch(branchCode);
            return;
        }
        header = new KioskHeader(branch.name(), this);
        display = new DisplaySettings(header);
        idleWarning = new IdleWarning(this, () -> { }, () -> reset(EndReason.IDLE));
        add(header, helpBand, workshopBanner, stage, workshopOverlay);
        librarianCall.attach(helpBand);
        controller.kiosk(recognition.now(branch.code()));
        workshop.attach(this);
        controller.begin(branch, this);
        controller.follow(DeepLink.of(event.getLocation().getQueryParameters().getParameters()));
        event.getLocation().getQueryParameters().getSingleParameter(WORKSHOP_PARAMETER).ifPresent(code -> {
            workshop.joinFromLink(code);
            // The code leaves the address: a reload (or a kiosk moved to another node) takes its seat back with the
            // tab's token instead of taking a second seat with the code.
            event.getUI().getPage().getHistory().replaceState(null, new Location(event.getLocation().getPath(),
                    event.getLocation().getQueryParameters().excluding(WORKSHOP_PARAMETER)));
        });
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (branch != null) {
            idleWarning.watch(branch.idleTimeoutSeconds());
            getElement().executeJs("""
                    const view = this;
                    window.addEventListener('popstate', () => view.$server.browserBack());
                    const seat = sessionStorage.getItem($0);
                    if (seat) { view.$server.rejoinSeat(seat); }""", KioskWorkshop.STORAGE_KEY);
        }
    }

    /** The tab held a workshop seat before a reload (its token is in the tab's session storage). */
    @ClientCallable
    void rejoinSeat(String token) {
        if (branch != null) {
            workshop.rejoin(token);
        }
    }

    /**
     * The browser's back button (or a swipe): one screen back, like the kiosk's own Back. Each screen past the
     * first leaves a history entry at the same address, so "back" never leaves the kiosk, and after a reset it
     * can only reach the start screen.
     */
    @ClientCallable
    void browserBack() {
        if (branch != null && (controller.journey().step() != JourneyStep.LANGUAGE || controller.aside())) {
            controller.back();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // A reload or a closed window: the session is over, and nothing of it survives in memory.
        if (branch != null) {
            controller.end(EndReason.ABANDONED);
            controller.kiosk(null);
        }
        librarianCall.forget();
        workshop.detach();
    }

    @Override
    public String getPageTitle() {
        return branch == null ? "Tremplin" : branch.name() + " – Tremplin";
    }

    /** Puts a screen on the stage, in the journey's language. */
    @Override
    public void show(Component screen) {
        PatronJourney journey = controller.journey();
        stage.removeAll();
        stage.add(screen);
        boolean onLanguageScreen = journey.step() == JourneyStep.LANGUAGE && !controller.aside();
        if (!onLanguageScreen) {
            getElement().executeJs("history.pushState({ tremplin: true }, '', location.href)");
        }
        header.update(journey.language(), onLanguageScreen, journey.started());
        ReadAloud.stop(this);
        if (journey.language() != voiceCheckedFor) {
            voiceCheckedFor = journey.language();
            header.readAloud.setVisible(false);
            ReadAloud.checkVoice(this, journey.language(), "voiceAvailable");
        }
    }

    /** The browser says whether it can read the current language aloud. */
    @ClientCallable
    void voiceAvailable(boolean available) {
        if (header != null) {
            header.readAloud.setVisible(available);
        }
    }

    /** The browser saw no touch for the branch's idle timeout. */
    @ClientCallable
    void idle() {
        if (workshop.joined()) {
            // A workshop keeps its kiosks until the librarian closes it, however long the explanation.
            return;
        }
        if (branch != null && (controller.journey().started() || display.anyOn()
                || controller.journey().step() != JourneyStep.LANGUAGE)) {
            idleWarning.open();
        }
    }

    /** The 20-second warning ran out (the browser tells the warning's countdown). */
    void idleExpired() {
        idleWarning.expire();
    }

    /**
     * Ends the session and clears everything of it: choices, screens, display settings. Nothing here waits for the
     * database (the end is queued for the kiosk log), so the screen clears even while it is out of reach.
     */
    @Override
    public void reset(EndReason reason) {
        workshop.leave();
        clear(reason);
    }

    /** The workshop ended: the kiosk is cleared, its seat stays counted. */
    @Override
    public void clear() {
        clear(EndReason.DONE);
    }

    private void clear(EndReason reason) {
        boolean used = controller.journey().started();
        controller.end(reason);
        librarianCall.forget();
        display.clear();
        controller.begin(branch, this);
        recognition.later(branch.code(), controller::kiosk);
        hygiene.sessionEnded(this, used);
    }

    @Override
    public Component withWorkshops(KioskScreen screen) {
        workshop.board().ifPresent(screen::append);
        return screen;
    }

    @Override
    public Div bannerSlot() {
        return workshopBanner;
    }

    @Override
    public Div overlaySlot() {
        return workshopOverlay;
    }

    /** An action met a database outage: the resting notice covers the screen until the database answers. */
    @Override
    public void databaseOutage() {
        if (resting != null || branch == null) {
            return;
        }
        resting = new RestingNotice(controller.journey().language());
        resting.setId("kiosk-resting");
        resting.addClassName("kiosk-resting");
        add(resting);
        resting.waitFor(UI.getCurrent(), availability, () -> {
            remove(resting);
            resting = null;
            controller.refresh();
        });
    }

    @Override
    public void openWebsite(String url) {
        hygiene.open(this, url);
    }

    @Override
    public void back() {
        controller.back();
    }

    @Override
    public void startAgain() {
        reset(EndReason.RESTARTED);
    }

    @Override
    public void french() {
        controller.switchLanguage(Language.FR);
    }

    @Override
    public void readAloud() {
        ReadAloud.read(stage, controller.journey().language());
    }

    @Override
    public void textSize() {
        display.toggleLargeText();
    }

    @Override
    public void highContrast() {
        display.toggleHighContrast();
    }

    @Override
    public void help() {
        librarianCall.sent(controller.callLibrarian());
    }

    @Override
    public void end() {
        controller.finish();
    }

    private void showUnknownBranch(String code) {
        H1 title = new H1(getTranslation("kiosk.branch.unknown.title"));
        Paragraph text = new Paragraph(getTranslation("kiosk.branch.unknown.text", code));
        Div box = new Div(title, text);
        box.setId("unknown-branch");
        box.addClassName("screen");
        add(box);
    }
}
