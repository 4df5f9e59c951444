package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.credential.CredentialIssuance;
import fr.tremplin.credential.IssueResult;
import fr.tremplin.credential.IssuedCredential;
import fr.tremplin.credential.StaffRequests;
import fr.tremplin.kiosk.PatronJourney;
import fr.tremplin.kiosk.PatronSessionId;
import fr.tremplin.kiosk.PatronSessionService;
import fr.tremplin.kiosk.SessionEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Get my access" for one kiosk: takes a credential from the branch's pool, shows a shared account, or files a
 * request for a personal account, and remembers what this patron session got, so coming back to the page shows
 * the same credential instead of taking another. {@link #forget()} drops it all at the end of the session.
 */
@SpringComponent
@UIScope
class AccessDesk {

    private final CredentialIssuance issuance;
    private final StaffRequests requests;
    private final PatronSessionService sessions;
    private final CatalogueService catalogue;
    private final Map<String, Component> given = new HashMap<>();

    AccessDesk(CredentialIssuance issuance, StaffRequests requests, PatronSessionService sessions,
            CatalogueService catalogue) {
        this.issuance = issuance;
        this.requests = requests;
        this.sessions = sessions;
        this.catalogue = catalogue;
    }

    /** What the current patron needs to know to get in. */
    record Patron(String branchCode, String branchName, Long kioskId, PatronSessionId sessionId,
            Language language, String needCode, Runnable callLibrarian, Consumer<String> openWebsite) {

        Patron(BranchSettings branch, Long kioskId, PatronJourney journey, Runnable callLibrarian,
                Consumer<String> openWebsite) {
            this(branch.code(), branch.name(), kioskId, journey.sessionId(), journey.language(),
                    journey.profile().chosenNeed(), callLibrarian, openWebsite);
        }
    }

    /** What this session already got for the resource, if anything. */
    Optional<Component> already(String resourceCode) {
        return Optional.ofNullable(given.get(resourceCode));
    }

    /** @param panel where the outcome goes (the card keypad first, when the pool asks for a card) */
    void getAccess(Patron patron, ResourceCard resource, AccessPanel panel) {
        Component outcome = switch (resource.accessMode()) {
            case POOL_CODE -> take(patron, resource, inFrench(patron, resource.code()), null, panel);
            case SHARED_ACCOUNT -> shared(patron, resource);
            case STAFF_ACCOUNT -> request(patron, resource);
            case ON_SITE_OPEN, FREE_ONLINE -> null;
        };
        if (outcome != null) {
            panel.show(outcome);
        }
    }

    /** The resource's texts in French, for the paper slip (null when the branch no longer offers it). */
    private ResourceCard inFrench(Patron patron, String resourceCode) {
        return catalogue.offeredResources(patron.branchCode(), patron.needCode(), Language.FR).stream()
                .filter(r -> r.code().equals(resourceCode)).findFirst().orElse(null);
    }

    void forget() {
        given.clear();
    }

    private Component take(Patron patron, ResourceCard resource, ResourceCard inFrench, String card,
            AccessPanel panel) {
        if (!stored(patron)) {
            return AccessPanel.refusal("kiosk.credential.unavailable", patron.callLibrarian());
        }
        IssueResult result = issuance.take(new CredentialIssuance.Request(patron.branchCode(), resource.code(),
                patron.sessionId().value(), patron.kioskId(), card));
        return switch (result.status()) {
            case ISSUED -> given(patron, resource, new CredentialCard(result.credential(), resource, inFrench,
                    patron.language(), patron.branchName(), () -> patron.openWebsite().accept(resource.url())));
            case CARD_NEEDED -> new CardKeypad(number -> panel.show(take(patron, resource, inFrench, number, panel)));
            case POOL_EMPTY -> AccessPanel.refusal("kiosk.credential.empty", patron.callLibrarian());
            case KIOSK_LIMIT -> AccessPanel.refusal("kiosk.credential.limit", patron.callLibrarian());
            case CARD_HOLDS_ONE -> AccessPanel.refusal("kiosk.credential.card-holds", patron.callLibrarian());
            case NO_POOL -> AccessPanel.refusal("kiosk.credential.unavailable", patron.callLibrarian());
        };
    }

    private Component shared(Patron patron, ResourceCard resource) {
        Optional<IssuedCredential> account = issuance.sharedAccount(patron.branchCode(), resource.code());
        if (account.isEmpty()) {
            return AccessPanel.refusal("kiosk.credential.unavailable", patron.callLibrarian());
        }
        return given(patron, resource, new CredentialCard(account.get(), resource, null, patron.language(),
                patron.branchName(), () -> patron.openWebsite().accept(resource.url())));
    }

    private Component request(Patron patron, ResourceCard resource) {
        if (!stored(patron)) {
            return AccessPanel.refusal("kiosk.credential.unavailable", patron.callLibrarian());
        }
        String ticket = requests.file(patron.branchCode(), resource.code(), patron.sessionId().value());
        return given(patron, resource, AccessPanel.ticket(ticket));
    }

    /**
     * A credential or a request refers to the patron session: its record must be in the database first. When the
     * kiosk log cannot write it (the database is out of reach), the patron is sent to a librarian.
     */
    private boolean stored(Patron patron) {
        try {
            sessions.ensureStored(patron.sessionId());
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Records that the patron got access, and keeps it to show again on this page. */
    private Component given(Patron patron, ResourceCard resource, Component outcome) {
        sessions.record(patron.sessionId(), SessionEvent.ACCESS_TAKEN, resource.code());
        given.put(resource.code(), outcome);
        return outcome;
    }
}
