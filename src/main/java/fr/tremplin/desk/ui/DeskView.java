package fr.tremplin.desk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import fr.tremplin.core.live.LiveSignals;
import fr.tremplin.core.live.LiveTopics;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.BranchPicker;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.credential.StaffBranch;
import fr.tremplin.desk.Desk;
import fr.tremplin.desk.DeskBoard;
import fr.tremplin.kiosk.HelpCall;
import jakarta.annotation.security.PermitAll;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The librarians' desk, live: calls from the branch's kiosks ring here (a sound and a red banner) the moment they
 * are made, on whichever node the kiosk is served; a librarian takes one and the kiosk says "a librarian is coming".
 * Kiosks, account requests and today's stock of access codes sit beside them. The screen reads the desk again on
 * each signal of its branch, and every {@value #REFRESH_MILLIS} ms for the clock-driven parts (urgent calls,
 * offline kiosks).
 */
@Route(value = StaffPaths.DESK, layout = StaffLayout.class)
@PermitAll
public class DeskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int REFRESH_MILLIS = 15_000;

    private final Desk desk;
    private final LiveSignals signals;
    private final Map<String, StaffBranch> visible = new LinkedHashMap<>();
    private final Div board = new Div();
    private final DeskCalls calls = new DeskCalls(this::take, this::close);
    private final Set<Long> knownOpenCalls = new HashSet<>();
    private StaffBranch branch;
    private LiveSignals.Subscription subscription;
    private Registration pollRegistration;
    private boolean firstLoad = true;

    public DeskView(Desk desk, LiveSignals signals) {
        this.desk = desk;
        this.signals = signals;
        setId("desk-view");
        board.setId("desk-board");
        board.addClassName("desk-board");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visible.clear();
        desk.branches().forEach(b -> visible.put(b.code(), b));
        removeAll();
        H2 title = new H2(getTranslation("staff.desk.title"));
        if (visible.isEmpty()) {
            add(title, new Paragraph(getTranslation("staff.no-branch")));
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        visible.values().forEach(b -> names.put(b.code(), b.name()));
        BranchPicker picker = BranchPicker.forAddress(names, event, this::watch);
        Button sound = new Button(getTranslation("staff.desk.sound"), e -> DeskSound.test(this));
        sound.setId("desk-sound");
        sound.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout top = new HorizontalLayout(picker, sound);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, new Paragraph(getTranslation("staff.desk.intro")), top, calls, board);
        branch = visible.get(picker.getValue());
        if (isAttached()) {
            watch(branch.code());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.desk.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        DeskSound.install(this);
        UI ui = event.getUI();
        ui.setPollInterval(REFRESH_MILLIS);
        pollRegistration = ui.addPollListener(e -> refresh());
        if (branch != null) {
            watch(branch.code());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unwatch();
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        event.getUI().setPollInterval(-1);
    }

    private void watch(String branchCode) {
        unwatch();
        branch = visible.get(branchCode);
        knownOpenCalls.clear();
        firstLoad = true;
        UI ui = UI.getCurrent();
        subscription = signals.subscribe(LiveTopics.desk(branchCode), () -> ui.access(this::refresh));
        refresh();
    }

    private void unwatch() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void refresh() {
        if (branch == null) {
            return;
        }
        DeskBoard now = desk.board(branch);
        calls.show(now);
        board.removeAll();
        board.add(DeskSections.kiosks(now), DeskSections.requests(now), DeskSections.stock(now));
        Set<Long> open = new HashSet<>();
        now.calls().stream().filter(HelpCall::open).forEach(c -> open.add(c.id()));
        boolean rings = !firstLoad && !knownOpenCalls.containsAll(open);
        knownOpenCalls.clear();
        knownOpenCalls.addAll(open);
        firstLoad = false;
        if (rings) {
            DeskSound.ring(this);
        }
        DeskSound.title(this, getTranslation("staff.desk.title"), now.openCalls());
    }

    private void take(HelpCall call) {
        if (!desk.take(call.id())) {
            Feedback.error(getTranslation("staff.desk.call.already-taken"));
        }
        refresh();
    }

    private void close(HelpCall call) {
        desk.close(call.id());
        refresh();
    }
}
