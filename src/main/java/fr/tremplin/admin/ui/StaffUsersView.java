package fr.tremplin.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.admin.BranchAdminService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.admin.StaffAccount;
import fr.tremplin.admin.StaffUserService;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.StaffLabels;
import fr.tremplin.core.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** Staff accounts: create, change role and branches, disable, reset a password. */
@Route(value = StaffPaths.USERS, layout = StaffLayout.class)
@RolesAllowed({"DEPARTMENT_ADMIN", "BRANCH_ADMIN"})
public class StaffUsersView extends VerticalLayout implements HasDynamicTitle {

    private final StaffUserService users;
    private final Map<String, String> branchNames = new LinkedHashMap<>();
    private final boolean departmentAdmin;
    private final long currentUserId;
    private final VerticalLayout list = new VerticalLayout();

    public StaffUsersView(StaffUserService users, BranchAdminService branches, StaffAccess access) {
        this.users = users;
        this.departmentAdmin = access.current().isDepartmentAdmin();
        this.currentUserId = access.current().id();
        for (BranchSettings branch : branches.managedBranches()) {
            branchNames.put(branch.code(), branch.name());
        }
        setId("staff-users-view");
        list.setId("staff-user-list");
        list.setPadding(false);
        Button create = new Button(getTranslation("staff.users.create"),
                e -> new StaffUserDialog(users, null, branchNames, users.partners(), departmentAdmin,
                        this::refresh).open());
        create.setId("staff-user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("staff.users.title")), create, list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.users.title");
    }

    private void refresh() {
        list.removeAll();
        users.accounts().forEach(account -> list.add(row(account)));
    }

    private HorizontalLayout row(StaffAccount account) {
        Span name = new Span(account.username() + (account.displayName() == null ? "" : " – " + account.displayName()));
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span details = new Span(StaffLabels.role(account.role())
                + (account.branchCodes().isEmpty() ? "" : " · " + String.join(", ", new TreeSet<>(account.branchCodes()))));
        details.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div text = new Div(name, new Div(details));
        HorizontalLayout row = new HorizontalLayout(text);
        row.setId("staff-user-" + account.username());
        row.setWidthFull();
        row.expand(text);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.SMALL);
        if (account.disabled()) {
            Span disabled = new Span(getTranslation("staff.users.disabled"));
            disabled.getElement().getThemeList().add("badge error");
            row.add(disabled);
        }
        if (account.id() == currentUserId) {
            // One's own password is changed with the current one (the first admin's is generated).
            Button own = new Button(getTranslation("staff.own-password.change"),
                    e -> new OwnPasswordDialog(users).open());
            own.setId("staff-user-password-" + account.username());
            own.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(own);
            return row;
        }
        if (!users.mayManage(account)) {
            return row;
        }
        Button edit = new Button(getTranslation("staff.edit"),
                e -> new StaffUserDialog(users, account, branchNames, users.partners(), departmentAdmin,
                        this::refresh).open());
        edit.setId("staff-user-edit-" + account.username());
        Button password = new Button(getTranslation("staff.users.reset-password"),
                e -> new PasswordDialog(users, account).open());
        password.setId("staff-user-password-" + account.username());
        Button disable = new Button(getTranslation(account.disabled() ? "staff.users.enable" : "staff.users.disable"),
                e -> {
                    Feedback.save(() -> users.setDisabled(account.id(), !account.disabled(), account.version()),
                            Map.of());
                    refresh();
                });
        disable.setId("staff-user-disable-" + account.username());
        for (Button button : new Button[] {edit, password, disable}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(button);
        }
        return row;
    }
}
