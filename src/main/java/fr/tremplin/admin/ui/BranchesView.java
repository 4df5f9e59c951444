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
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.core.ui.StaffLayout;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;

/** The branches the staff user's role covers, each with its settings; those they manage can be edited. */
@Route(value = StaffPaths.BRANCHES, layout = StaffLayout.class)
@PermitAll
public class BranchesView extends VerticalLayout implements HasDynamicTitle {

    private final BranchAdminService branches;
    private final StaffAccess access;
    private final VerticalLayout list = new VerticalLayout();

    public BranchesView(BranchAdminService branches, StaffAccess access) {
        this.branches = branches;
        this.access = access;
        setId("branches-view");
        list.setId("branch-list");
        list.setPadding(false);
        add(new H2(getTranslation("staff.branches.title")), list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.branches.title");
    }

    private void refresh() {
        list.removeAll();
        StaffUser user = access.current();
        for (BranchSettings branch : branches.visibleBranches()) {
            list.add(row(branch, user.manages(branch.code())));
        }
    }

    private HorizontalLayout row(BranchSettings branch, boolean manages) {
        Span name = new Span(branch.name());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span details = new Span("/kiosk/" + branch.code() + " · "
                + branch.languages().stream().map(Language::code).collect(Collectors.joining(" ")) + " · "
                + getTranslation("staff.branches.idle.value", branch.idleTimeoutSeconds()));
        details.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div text = new Div(name, new Div(details));
        HorizontalLayout row = new HorizontalLayout(text);
        row.setId("branch-" + branch.code());
        row.setWidthFull();
        row.expand(text);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.SMALL);
        if (manages) {
            Button edit = new Button(getTranslation("staff.edit"),
                    e -> new BranchDialog(branches, branches.branch(branch.code()), this::refresh).open());
            edit.setId("branch-edit-" + branch.code());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(edit);
        }
        return row;
    }
}
