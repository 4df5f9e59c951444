package fr.tremplin.kiosk;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One patron's way through a kiosk: the choices made and the screens seen, so "Back" returns to the previous
 * screen. It lives only in the kiosk's memory and is dropped whole when the kiosk resets.
 */
public final class PatronJourney {

    private final Deque<JourneyStep> steps = new ArrayDeque<>();
    private PatronSessionId sessionId;
    private Language language;
    private String needCode;
    private String subNeedCode;
    private LanguageLevel level;
    private LevelSource levelSource;
    private Place place;
    private StudyDevice device;
    private WeeklyTime weeklyTime;
    private String resourceCode;

    public PatronJourney(Language language) {
        this.language = language;
        steps.push(JourneyStep.LANGUAGE);
    }

    public JourneyStep step() {
        return steps.peek();
    }

    public void goTo(JourneyStep step) {
        if (step != steps.peek()) {
            steps.push(step);
        }
    }

    /** @return the screen to show after going back; the language screen is the first one */
    public JourneyStep back() {
        if (steps.size() > 1) {
            steps.pop();
        }
        return steps.peek();
    }

    public boolean started() {
        return sessionId != null;
    }

    public PatronSessionId sessionId() {
        return sessionId;
    }

    public void started(PatronSessionId id) {
        this.sessionId = id;
    }

    public Language language() {
        return language;
    }

    public void chooseLanguage(Language chosen) {
        this.language = chosen;
    }

    public String needCode() {
        return needCode;
    }

    public void chooseNeed(String code) {
        if (!code.equals(needCode)) {
            subNeedCode = null;
        }
        this.needCode = code;
    }

    public String subNeedCode() {
        return subNeedCode;
    }

    public void chooseSubNeed(String code) {
        this.subNeedCode = code;
    }

    public void chooseLevel(LanguageLevel chosen, LevelSource source) {
        this.level = chosen;
        this.levelSource = source;
    }

    public LevelSource levelSource() {
        return levelSource;
    }

    public void chooseConstraints(Place chosenPlace, StudyDevice chosenDevice, WeeklyTime chosenTime) {
        this.place = chosenPlace;
        this.device = chosenDevice;
        this.weeklyTime = chosenTime;
    }

    public String resourceCode() {
        return resourceCode;
    }

    public void openResource(String code) {
        this.resourceCode = code;
    }

    public PatronProfile profile() {
        return new PatronProfile(language, needCode, subNeedCode, level, place, device, weeklyTime);
    }
}
