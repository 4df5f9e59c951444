package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.PageLanguage;
import fr.tremplin.kiosk.DeepLink;
import fr.tremplin.kiosk.EndReason;
import fr.tremplin.kiosk.HelpCallService;
import fr.tremplin.kiosk.JourneyFlow;
import fr.tremplin.kiosk.JourneyFlow.Choice;
import fr.tremplin.kiosk.JourneyStep;
import fr.tremplin.kiosk.KioskPresence;
import fr.tremplin.kiosk.LevelSource;
import fr.tremplin.kiosk.PatronJourney;
import fr.tremplin.kiosk.PatronSessionService;
import fr.tremplin.kiosk.Place;
import fr.tremplin.kiosk.RankedResource;
import fr.tremplin.kiosk.ResourceRanking;
import fr.tremplin.kiosk.SessionEvent;
import fr.tremplin.kiosk.StudyDevice;
import fr.tremplin.kiosk.WeeklyTime;
import fr.tremplin.workshop.LeadTarget;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Leads one kiosk (one browser tab) through the patron journey: keeps the journey, records the anonymous session,
 * and builds the screen of each step. One per UI, so a reload starts from nothing.
 */
@SpringComponent
@UIScope
class JourneyController {

    private final CatalogueService catalogue;
    private final PatronSessionService sessions;
    private final HelpCallService helpCalls;
    private final AccessDesk access;
    private final KioskPresence presence;
    private final KioskSearch search;
    private final KioskShelves shelves;
    private BranchSettings branch;
    private Long kioskId;
    private KioskStage stage;
    private PatronJourney journey;
    private RankedResource current;
    /** The language the page is in, so that a step in the same language does not set it again. */
    private Language pageLanguage;
    /** Told the step shown after each render (a workshop seat reports it to the librarian). */
    private Consumer<String> renderListener = step -> { };
    /** True while a screen outside the journey's steps is shown. */
    private boolean aside;

    JourneyController(CatalogueService catalogue, PatronSessionService sessions, HelpCallService helpCalls,
            AccessDesk access, KioskPresence presence, KioskSearch search, KioskShelves shelves) {
        this.catalogue = catalogue;
        this.search = search;
        this.shelves = shelves;
        this.presence = presence;
        this.sessions = sessions;
        this.helpCalls = helpCalls;
        this.access = access;
    }

    /** A fresh journey on the language screen. */
    void begin(BranchSettings kioskBranch, KioskStage kioskStage) {
        this.branch = kioskBranch;
        this.stage = kioskStage;
        this.journey = new PatronJourney(kioskBranch.languages().get(0));
        this.current = null;
        access.forget();
        search.forget();
        render();
    }

    /**
     * Follows an address that opens the journey part-way (a printed QR code): each step it names is taken while it
     * is valid for this branch, and the journey stops at the first that is not.
     */
    void follow(DeepLink link) {
        if (link.language().filter(branch.languages()::contains).isEmpty()) {
            return;
        }
        journey.chooseLanguage(link.language().get());
        journey.started(sessions.start(branch.code(), kioskId, journey.language(), true, link.referral().orElse(null)));
        go(Choice.LANGUAGE);
        link.needCode().flatMap(code -> find(catalogue.offeredNeeds(branch.code(), journey.language()), code))
                .ifPresent(this::chooseNeed);
        link.subNeedCode().filter(code -> journey.step() == JourneyStep.SUB_NEED)
                .flatMap(code -> find(subNeeds(), code)).ifPresent(this::chooseSubNeed);
        link.level().filter(level -> journey.step() == JourneyStep.LEVEL)
                .ifPresent(level -> chooseLevel(level, LevelSource.CHOSEN));
    }

    private static java.util.Optional<NeedTile> find(List<NeedTile> tiles, String code) {
        return tiles.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** @param registeredKioskId the kiosk PC's id, or null when this browser is not a registered kiosk */
    void kiosk(Long registeredKioskId) {
        if (!java.util.Objects.equals(kioskId, registeredKioskId)) {
            if (kioskId != null) {
                presence.closed(kioskId);
            }
            if (registeredKioskId != null) {
                presence.opened(registeredKioskId);
            }
        }
        this.kioskId = registeredKioskId;
    }

    PatronJourney journey() {
        return journey;
    }

    BranchSettings branch() {
        return branch;
    }

    void onRender(Consumer<String> listener) {
        this.renderListener = listener;
    }

    /**
     * The patron session, started if need be (in the journey's language) and stored, for a workshop seat to refer
     * to; null when the kiosk log cannot store it (the database is out of reach).
     */
    UUID storedSession() {
        if (!journey.started()) {
            journey.started(sessions.start(branch.code(), kioskId, journey.language()));
        }
        try {
            sessions.ensureStored(journey.sessionId());
            return journey.sessionId().value();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** Shows a screen outside the journey's steps (a workshop's code or seat screen), in the journey's language. */
    void showAside(Component screen) {
        applyLanguage();
        aside = true;
        stage.show(screen);
    }

    /** Whether the stage shows a screen outside the journey's steps. */
    boolean aside() {
        return aside;
    }

    /** A workshop's librarian leads: the kiosk shows the screen they picked. */
    void lead(LeadTarget target, String needCode) {
        switch (target.screen()) {
            case NEEDS -> go(JourneyStep.NEED);
            case RESULTS -> {
                if (needCode == null) {
                    go(JourneyStep.NEED);
                    return;
                }
                journey.chooseNeed(needCode);
                journey.chooseSubNeed(null);
                saveProfile();
                go(JourneyStep.RESULTS);
            }
            case RESOURCE -> openResource(target.resourceCode(), needCode);
        }
    }

    /** The resource page of an offered resource (led to, or found by a search); the needs when it is not offered. */
    private void openResource(String resourceCode, String needCode) {
        catalogue.offeredResource(branch.code(), resourceCode, journey.language()).ifPresentOrElse(card -> {
            if (needCode != null && journey.needCode() == null) {
                journey.chooseNeed(needCode);
                saveProfile();
            }
            showResource(new RankedResource(card, true, 0, List.of()));
            go(JourneyStep.RESOURCE);
        }, () -> go(JourneyStep.NEED));
    }

    /** The catalogue search, over the screen it was opened from; a search is part of the patron's session. */
    private void openSearch() {
        if (!journey.started()) {
            journey.started(sessions.start(branch.code(), kioskId, journey.language()));
        }
        showAside(search.screen(branch.code(), journey.language(), code -> openResource(code, null)));
    }

    /** A workshop's patron browses on their own from the needs. */
    void browse() {
        go(JourneyStep.NEED);
    }

    void openWebsite(String url) {
        stage.openWebsite(url);
    }

    void end(EndReason reason) {
        if (journey != null && journey.started()) {
            sessions.end(journey.sessionId(), reason);
        }
    }

    /** Builds the current screen again (after the database came back, say). */
    void refresh() {
        render();
    }

    /** One screen back; from a screen outside the steps (search, a workshop's code), the step it covered. */
    void back() {
        if (!aside) {
            journey.back();
        }
        render();
    }

    void switchLanguage(Language language) {
        journey.chooseLanguage(language);
        saveProfile();
        render();
    }

    /** @return the call's key, to watch for a librarian taking it */
    String callLibrarian() {
        return helpCalls.callLibrarian(branch.code(), kioskId, journey.sessionId());
    }

    void finish() {
        go(Choice.FINISH);
    }

    private void chooseLanguage(Language language) {
        journey.chooseLanguage(language);
        if (journey.started()) {
            saveProfile();
        } else {
            journey.started(sessions.start(branch.code(), kioskId, language));
        }
        go(Choice.LANGUAGE);
    }

    private void chooseNeed(NeedTile need) {
        journey.chooseNeed(need.code());
        journey.chooseSubNeed(null);
        saveProfile();
        go(JourneyFlow.next(journey.step(), Choice.NEED, journey.needCode(), !subNeeds().isEmpty()));
    }

    private void chooseSubNeed(NeedTile subNeed) {
        journey.chooseSubNeed(subNeed.code());
        saveProfile();
        go(Choice.SUB_NEED);
    }

    private void chooseLevel(LanguageLevel level, LevelSource source) {
        journey.chooseLevel(level, source);
        saveProfile();
        go(Choice.LEVEL);
    }

    private void chooseConstraints(Place place, StudyDevice device, WeeklyTime time) {
        journey.chooseConstraints(place, device, time);
        saveProfile();
        sessions.record(journey.sessionId(), SessionEvent.RESULTS_SHOWN, null);
        go(Choice.CONSTRAINTS);
    }

    private void openResourcePage(RankedResource result) {
        showResource(result);
        go(Choice.RESOURCE);
    }

    /** The resource the next screen shows, counted as opened. */
    private void showResource(RankedResource result) {
        current = result;
        journey.openResource(result.resource().code());
        sessions.record(journey.sessionId(), SessionEvent.RESOURCE_OPENED, result.resource().code());
    }

    private void satisfaction(int score) {
        sessions.recordSatisfaction(journey.sessionId(), score);
        stage.reset(EndReason.DONE);
    }

    private void go(Choice choice) {
        go(JourneyFlow.next(journey.step(), choice, journey.needCode(), false));
    }

    private void go(JourneyStep step) {
        journey.goTo(step);
        render();
    }

    private void saveProfile() {
        if (journey.started()) {
            sessions.update(journey.sessionId(), journey.profile(), journey.levelSource());
        }
    }

    private List<NeedTile> subNeeds() {
        return catalogue.offeredSubNeeds(branch.code(), journey.needCode(), journey.language());
    }

    private List<RankedResource> results() {
        List<ResourceCard> offered = catalogue.offeredResources(branch.code(), journey.profile().chosenNeed(),
                journey.language());
        return ResourceRanking.rank(offered, journey.profile());
    }

    private void render() {
        // The language first: screens read their words from the UI's locale as they are built.
        applyLanguage();
        aside = false;
        stage.show(screen(journey.step()));
        renderListener.accept(journey.step() == JourneyStep.RESOURCE && current != null
                ? "RESOURCE:" + current.resource().code() : journey.step().name());
    }

    private void applyLanguage() {
        if (journey.language() != pageLanguage) {
            pageLanguage = journey.language();
            PageLanguage.apply(UI.getCurrent(), pageLanguage);
        }
    }

    private Component screen(JourneyStep step) {
        Language language = journey.language();
        return switch (step) {
            case LANGUAGE -> stage.withWorkshops(search.offer(new LanguageScreen(branch.languages(),
                    this::chooseLanguage), this::openSearch));
            case NEED -> stage.withWorkshops(search.offer(NeedScreen.needs(catalogue.offeredNeeds(branch.code(),
                    language), translate("kiosk.need.question"), this::chooseNeed), this::openSearch));
            case SUB_NEED -> NeedScreen.subNeeds(subNeeds(), translate("kiosk.subneed.question"), this::chooseSubNeed);
            case LEVEL -> new LevelScreen(JourneyFlow.levelIsAboutFrench(journey.needCode()),
                    JourneyFlow.levelCheckOffered(journey.needCode()), level -> chooseLevel(level, LevelSource.CHOSEN),
                    () -> go(Choice.LEVEL_CHECK));
            case LEVEL_CHECK -> new LevelCheckScreen(level -> chooseLevel(level, LevelSource.CHECK));
            case CONSTRAINTS -> new ConstraintsScreen(this::chooseConstraints);
            case RESULTS -> shelves.underResults(new ResultsScreen(results(), language, this::openResourcePage,
                    stage::help), branch.code(), journey.profile());
            case RESOURCE -> shelves.underResource(new ResourceScreen(current, language,
                    new ResourceActions(sessions, access, new AccessDesk.Patron(branch, kioskId, journey, stage::help,
                            stage::openWebsite))), branch.code(), current.resource().code());
            case END -> new EndScreen(this::satisfaction, () -> stage.reset(EndReason.DONE));
        };
    }

    private String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
