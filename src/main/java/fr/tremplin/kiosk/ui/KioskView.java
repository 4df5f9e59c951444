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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.tremplin.admin.BranchService;
import fr.tremplin.admin.KioskService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.core.health.DatabaseAvailability;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.OutageAware;
import fr.tremplin.core.ui.PageLanguage;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.RestingNotice;
import fr.tremplin.kiosk.EndReason;
import fr.tremplin.kiosk.JourneyStep;
import fr.tremplin.kiosk.PatronJourney;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * A branch's kiosk: /kiosk/{branchCode}. The whole patron journey happens inside this one view, without changing
 * the address, so neither the browser's back button nor a reload can bring back a previous patron's screens.
 */
@Route("kiosk")
@AnonymousAllowed
public class KioskView extends Div implements HasUrlParameter<String>, HasDynamicTitle, KioskHeader.Actions,
        JourneyController.Stage, OutageAware {

    private final BranchService branches;
    private final KioskService kiosks;
    private final JourneyController controller;
    private final DatabaseAvailability availability;
    private final Executor background;
    private final Main stage = new Main();
    private BranchSettings branch;
    private KioskHeader header;
    private IdleWarning idleWarning;
    private boolean largeText;
    private boolean highContrast;
    private Language voiceCheckedFor;
    private RestingNotice resting;

    public KioskView(BranchService branches, KioskService kiosks, JourneyController controller,
            DatabaseAvailability availability, @Qualifier("applicationTaskExecutor") Executor background) {
        this.branches = branches;
        this.kiosks = kiosks;
        this.controller = controller;
        this.availability = availability;
        this.background = background;
        setId("kiosk");
        addClassName("kiosk");
        stage.setId("stage");
    }

    @Override
    public void setParameter(BeforeEvent event, String branchCode) {
        if (header != null && branch.code().equals(branchCode)) {
            // The browser's back button within the kiosk: handled by browserBack(), not a new kiosk.
            return;
        }
        branch = branches.findBranch(branchCode).orElse(null);
        removeAll();
        if (branch == null) {
            PageLanguage.apply(event.getUI(), Language.FR);
            showUnknownBranch(branchCode);
            return;
        }
        header = new KioskHeader(branch.name(), this);
        idleWarning = new IdleWarning(this, () -> { }, () -> reset(EndReason.IDLE));
        add(header, stage);
        controller.kiosk(KioskCookie.kioskId(kiosks, branch.code()));
        controller.begin(branch, this);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (branch != null) {
            idleWarning.watch(branch.idleTimeoutSeconds());
            getElement().executeJs("""
                    const view = this;
                    window.addEventListener('popstate', () => view.$server.browserBack());""");
        }
    }

    /**
     * The browser's back button (or a swipe): one screen back, like the kiosk's own Back. Each screen past the
     * first leaves a history entry at the same address, so "back" never leaves the kiosk, and after a reset it
     * can only reach the start screen.
     */
    @ClientCallable
    void browserBack() {
        if (branch != null && controller.journey().step() != JourneyStep.LANGUAGE) {
            controller.back();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // A reload or a closed window: the session is over, and nothing of it survives in memory.
        if (branch != null) {
            controller.end(EndReason.ABANDONED);
        }
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
        if (journey.step() != JourneyStep.LANGUAGE) {
            getElement().executeJs("history.pushState({ tremplin: true }, '', location.href)");
        }
        header.update(journey.language(), journey.step() == JourneyStep.LANGUAGE, journey.started());
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
        if (branch != null && (controller.journey().started() || largeText || highContrast
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
        controller.end(reason);
        setLargeText(false);
        setHighContrast(false);
        controller.begin(branch, this);
        recheckKiosk();
    }

    /**
     * Checked again for each patron, so a kiosk revoked during the day stops counting as registered; in the
     * background, so that a slow database never keeps the previous patron's screen up. On failure the kiosk keeps
     * the registration it had.
     */
    private void recheckKiosk() {
        Optional<String> token = KioskCookie.token();
        String branchCode = branch.code();
        UI ui = UI.getCurrent();
        background.execute(() -> {
            try {
                Long kioskId = KioskCookie.kioskId(kiosks, token, branchCode);
                ui.access(() -> controller.kiosk(kioskId));
            } catch (RuntimeException e) {
                if (!availability.reportFailure(e)) {
                    throw e;
                }
            }
        });
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
        setLargeText(!largeText);
    }

    @Override
    public void highContrast() {
        setHighContrast(!highContrast);
    }

    @Override
    public void help() {
        controller.callLibrarian();
        Notification notice = Notification.show(getTranslation("kiosk.help.called"), 8000,
                Notification.Position.MIDDLE);
        notice.setId("help-called");
        notice.addThemeName("kiosk-notice");
    }

    @Override
    public void end() {
        controller.finish();
    }

    private void setLargeText(boolean on) {
        largeText = on;
        KioskHeader.pressed(header.textSize, on);
        getElement().executeJs("document.documentElement.classList.toggle('large-text', $0)", on);
    }

    private void setHighContrast(boolean on) {
        highContrast = on;
        KioskHeader.pressed(header.highContrast, on);
        getElement().executeJs("document.documentElement.classList.toggle('high-contrast', $0)", on);
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
