package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Component;
import fr.tremplin.kiosk.EndReason;

/** What the journey controller needs of the kiosk view. */
interface KioskStage {
    void show(Component screen);

    void reset(EndReason reason);

    void help();

    /** Opens a website in the kiosk's one resource window. */
    void openWebsite(String url);

    /** The screen with the board of the branch's coming workshops below it, when there are some. */
    Component withWorkshops(KioskScreen screen);
}
