package fr.tremplin.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.tremplin.admin.BranchAdminService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.admin.StaffUserService;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.report.ReportService;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.core.ui.StaffLabels;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.PoolStock;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a staff user lands after signing in: who they are, which branches their role covers, and (for every role)
 * changing their own password; and the credential pools running low in those branches.
 */
@Route(value = StaffPaths.HOME, layout = StaffLayout.class)
@PermitAll
public class StaffHomeView extends VerticalLayout implements HasDynamicTitle {

    public StaffHomeView(StaffAccess access, BranchAdminService branches, StaffUserService users,
            CredentialPools pools, ReportService reports, java.time.Clock clock) {
        setId("staff-home");
        StaffUser user = access.current();
        Paragraph scope = new Paragraph(user.isDepartmentAdmin() ? getTranslation("staff.home.all-branches")
                : getTranslation("staff.home.branches", branches.visibleBranches().stream().map(BranchSettings::name)
                        .collect(Collectors.joining(", "))));
        scope.setId("staff-scope");
        Button password = new Button(getTranslation("staff.own-password.change"),
                e -> new OwnPasswordDialog(users).open());
        password.setId("own-password");
        add(new H2(getTranslation("staff.home.welcome", user.shownName())));
        List<PoolStock> low = pools.lowStock();
        if (!low.isEmpty()) {
            add(new LowStockAlert(low));
        }
        if (user.role() != StaffRole.PARTNER) {
            ReportService.Glance month = reports.thisMonth(clock);
            Paragraph glance = new Paragraph(getTranslation("staff.home.month", month.sessions(),
                    month.accessTaken(), month.helpCalls()));
            glance.setId("staff-month-glance");
            add(glance);
        }
        add(new Paragraph(StaffLabels.roleText(user.role())), scope, password);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.app.title");
    }
}
