package fr.tremplin.core.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.core.security.StaffUser;
import jakarta.annotation.security.PermitAll;

/** The frame of every staff screen: the menu of what the signed-in role may open, who is signed in, sign out. */
@PermitAll
public class StaffLayout extends AppLayout {

    public StaffLayout(StaffAccess access, AuthenticationContext authentication) {
        StaffUser user = access.currentUser().orElse(null);
        H1 title = new H1(getTranslation("staff.app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        Span who = new Span(user == null ? "" : getTranslation("staff.signed-in-as", user.shownName(),
                StaffLabels.role(user.role())));
        who.setId("staff-who");
        Button signOut = new Button(getTranslation("staff.sign-out"), e -> authentication.logout());
        signOut.setId("staff-sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(who);
        header.addClassNames(LumoUtility.Padding.Horizontal.MEDIUM);
        who.addClassNames(LumoUtility.TextAlignment.RIGHT);
        addToNavbar(header);
        addToDrawer(menu(user));
        setPrimarySection(Section.DRAWER);
    }

    private SideNav menu(StaffUser user) {
        SideNav nav = new SideNav();
        nav.setId("staff-menu");
        item(nav, StaffPaths.HOME, "staff.menu.home");
        if (user == null) {
            return nav;
        }
        if (user.role() == StaffRole.PARTNER) {
            item(nav, StaffPaths.PARTNER, "staff.menu.partner");
            return nav;
        }
        item(nav, StaffPaths.DESK, "staff.menu.desk");
        item(nav, StaffPaths.WORKSHOPS, "staff.menu.workshops");
        item(nav, StaffPaths.BRANCHES, "staff.menu.branches");
        item(nav, StaffPaths.KIOSKS, "staff.menu.kiosks");
        item(nav, StaffPaths.OFFERS, "staff.menu.offers");
        item(nav, StaffPaths.CREDENTIALS, "staff.menu.credentials");
        item(nav, StaffPaths.REQUESTS, "staff.menu.requests");
        item(nav, StaffPaths.REPORT, "staff.menu.report");
        item(nav, StaffPaths.RESOURCES, "staff.menu.resources");
        item(nav, StaffPaths.SEARCH, "staff.menu.search");
        item(nav, StaffPaths.HOLDINGS, "staff.menu.holdings");
        item(nav, StaffPaths.TAXONOMY, "staff.menu.taxonomy");
        if (user.role() == StaffRole.BRANCH_ADMIN || user.isDepartmentAdmin()) {
            item(nav, StaffPaths.KIT, "staff.menu.kit");
        }
        if (user.role() != StaffRole.LIBRARIAN) {
            item(nav, StaffPaths.USERS, "staff.menu.users");
            item(nav, StaffPaths.PARTNERS, "staff.menu.partners");
            item(nav, StaffPaths.AUDIT, "staff.menu.audit");
        }
        if (user.isDepartmentAdmin()) {
            item(nav, StaffPaths.CONFIGURATION, "staff.menu.configuration");
        }
        return nav;
    }

    private void item(SideNav nav, String path, String key) {
        SideNavItem item = new SideNavItem(getTranslation(key), "/" + path);
        item.setId("menu-" + path.replace('/', '-'));
        nav.addItem(item);
    }
}
