package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Component;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.kiosk.PatronSessionService;
import fr.tremplin.kiosk.SessionEvent;
import java.util.Optional;

/** What a resource page does for the patron: open the website, get access, show the QR code, all recorded. */
final class ResourceActions implements ResourceScreen.Actions {

    private final PatronSessionService sessions;
    private final AccessDesk access;
    private final AccessDesk.Patron patron;

    ResourceActions(PatronSessionService sessions, AccessDesk access, AccessDesk.Patron patron) {
        this.sessions = sessions;
        this.access = access;
        this.patron = patron;
    }

    @Override
    public void open(ResourceCard resource) {
        sessions.record(patron.sessionId(), SessionEvent.ACCESS_TAKEN, resource.code());
        patron.openWebsite().accept(resource.url());
    }

    @Override
    public void askForAccess(ResourceCard resource, AccessPanel panel) {
        access.getAccess(patron, resource, panel);
    }

    @Override
    public Optional<Component> alreadyGiven(String resourceCode) {
        return access.already(resourceCode);
    }

    @Override
    public void qrShown(ResourceCard resource) {
        sessions.record(patron.sessionId(), SessionEvent.QR_SHOWN, resource.code());
    }
}
