package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.kiosk.Place;
import fr.tremplin.kiosk.StudyDevice;
import fr.tremplin.kiosk.WeeklyTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/** "How do you want to learn?": where, on what, how much time a week. Every answer is optional. */
class ConstraintsScreen extends KioskScreen {

    private static final Map<Place, String> PLACE_PICTOGRAMS = Map.of(Place.HERE, "institution", Place.HOME,
            "home", Place.BOTH, "exchange");
    private static final Map<StudyDevice, String> DEVICE_PICTOGRAMS = Map.of(StudyDevice.COMPUTER, "laptop",
            StudyDevice.PHONE, "mobile");
    private static final Map<WeeklyTime, String> TIME_PICTOGRAMS = Map.of(WeeklyTime.UNDER_1H, "clock",
            WeeklyTime.FROM_1_TO_3H, "time-forward", WeeklyTime.OVER_3H, "calendar-clock");

    private Place place;
    private StudyDevice device;
    private WeeklyTime weeklyTime;

    ConstraintsScreen(Answers onDone) {
        super("constraints-screen");
        question(getTranslation("kiosk.constraints.question"));
        group("kiosk.constraints.where", Place.class, "where-", "kiosk.where.", PLACE_PICTOGRAMS, p -> place = p);
        group("kiosk.constraints.device", StudyDevice.class, "device-", "kiosk.device.", DEVICE_PICTOGRAMS,
                d -> device = d);
        group("kiosk.constraints.time", WeeklyTime.class, "time-", "kiosk.time.", TIME_PICTOGRAMS,
                t -> weeklyTime = t);
        Tile done = new Tile("constraints-done", "arrow-forward", getTranslation("kiosk.constraints.done"));
        done.addClassName("main-action");
        done.addClickListener(e -> onDone.chosen(place, device, weeklyTime));
        Tile skip = new Tile("constraints-skip", "step-forward", getTranslation("kiosk.constraints.skip"));
        skip.addClassName("secondary-action");
        skip.addClickListener(e -> onDone.chosen(null, null, null));
        Div actions = new Div(done, skip);
        actions.addClassName("actions");
        getContent().add(actions);
    }

    private <E extends Enum<E>> void group(String titleKey, Class<E> type, String idPrefix, String labelPrefix,
            Map<E, String> pictograms, Consumer<E> onChoice) {
        H2 title = ReadAloud.speak(new H2(getTranslation(titleKey)));
        Div tiles = new Div();
        tiles.addClassName("tiles");
        tiles.addClassName("choice-tiles");
        Map<E, Tile> byValue = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            Tile tile = new Tile(idPrefix + value.name(), pictograms.get(value),
                    getTranslation(labelPrefix + value.name()));
            tile.getElement().setAttribute("aria-pressed", "false");
            ReadAloud.speak(tile.label());
            tile.addClickListener(e -> {
                byValue.values().forEach(t -> t.getElement().setAttribute("aria-pressed", "false"));
                tile.getElement().setAttribute("aria-pressed", "true");
                onChoice.accept(value);
            });
            byValue.put(value, tile);
            tiles.add(tile);
        }
        Div section = new Div(title, tiles);
        section.addClassName("choice-group");
        getContent().add(section);
    }

    @FunctionalInterface
    interface Answers {
        void chosen(Place place, StudyDevice device, WeeklyTime weeklyTime);
    }
}
