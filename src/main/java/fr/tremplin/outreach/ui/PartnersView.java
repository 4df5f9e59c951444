package fr.tremplin.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.tremplin.admin.BranchAdminService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.outreach.PartnerDefinition;
import fr.tremplin.outreach.PartnerRegister;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The register of insertion partners (RSA referents, associations, CCAS…) of the admin's branches and of the
 * department: add, change, retire. A partner's code goes into the QR codes of its referral slips; its staff
 * account (role "insertion partner") is made in "Staff accounts".
 */
@Route(value = StaffPaths.PARTNERS, layout = StaffLayout.class)
@PermitAll
public class PartnersView extends VerticalLayout implements HasDynamicTitle {

    private final PartnerRegister register;
    private final Map<String, String> branches = new LinkedHashMap<>();
    private final boolean departmentAdmin;
    private final Grid<PartnerDefinition> grid = new Grid<>();

    public PartnersView(PartnerRegister register, BranchAdminService branchAdmin, StaffAccess access) {
        this.register = register;
        setId("partners-view");
        departmentAdmin = access.current().isDepartmentAdmin();
        for (BranchSettings branch : branchAdmin.managedBranches()) {
            branches.put(branch.code(), branch.name());
        }
        Button add = new Button(getTranslation("staff.partners.new"), e -> open(null));
        add.setId("partner-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("partners");
        grid.addColumn(PartnerDefinition::code).setHeader(getTranslation("staff.partners.code")).setAutoWidth(true);
        grid.addColumn(PartnerDefinition::name).setHeader(getTranslation("staff.partners.name")).setFlexGrow(1);
        grid.addColumn(p -> getTranslation("staff.partners.kind." + p.kind().name()))
                .setHeader(getTranslation("staff.partners.kind"));
        grid.addColumn(p -> p.branchCode() == null ? getTranslation("staff.partners.department")
                : branches.getOrDefault(p.branchCode(), p.branchCode())).setHeader(getTranslation("staff.partners.branch"));
        grid.addComponentColumn(this::actions);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("staff.partners.title")), new Paragraph(getTranslation("staff.partners.intro")),
                add, grid);
        refresh();
    }

    private HorizontalLayout actions(PartnerDefinition partner) {
        Button edit = new Button(getTranslation("staff.edit"), e -> open(partner));
        edit.setId("partner-edit-" + partner.code());
        Button retire = new Button(getTranslation("staff.partners.retire"), e -> {
            register.retire(partner.code());
            refresh();
        });
        retire.setId("partner-retire-" + partner.code());
        retire.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        boolean mine = partner.branchCode() == null ? departmentAdmin : branches.containsKey(partner.branchCode());
        edit.setEnabled(mine);
        retire.setEnabled(mine);
        return new HorizontalLayout(edit, retire);
    }

    private void open(PartnerDefinition partner) {
        new PartnerDialog(register, partner, branches, departmentAdmin, this::refresh).open();
    }

    private void refresh() {
        grid.setItems(register.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.partners.title");
    }
}
