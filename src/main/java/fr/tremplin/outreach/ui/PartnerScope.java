package fr.tremplin.outreach.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import org.springframework.stereotype.Component;

/**
 * A partner's account opens its own page and nothing else: any other staff address leads there. The services
 * check the role as well (a partner has no branch, so it sees none).
 */
@Component
class PartnerScope implements VaadinServiceInitListener {

    private final StaffAccess access;

    PartnerScope(StaffAccess access) {
        this.access = access;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == PartnerView.class
                || !event.getLocation().getPath().startsWith(StaffPaths.HOME)) {
            return;
        }
        boolean partner = access.currentUser().map(StaffUser::role).filter(StaffRole.PARTNER::equals).isPresent();
        if (partner && !event.getLocation().getPath().equals(StaffPaths.HOME)) {
            event.rerouteTo(PartnerView.class);
        }
    }
}
