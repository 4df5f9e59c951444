package fr.tremplin.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.tremplin.core.audit.AuditEntry;
import fr.tremplin.core.audit.AuditLog;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The audit log: every staff change, latest first; a branch admin sees the changes of its branches only. */
@Route(value = StaffPaths.AUDIT, layout = StaffLayout.class)
@RolesAllowed({"DEPARTMENT_ADMIN", "BRANCH_ADMIN"})
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId SHOWN_IN = ZoneId.of("Europe/Paris");

    public AuditView(AuditLog audit) {
        setId("audit-view");
        setSizeFull();
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> WHEN.format(e.at().atZone(ZoneId.of("UTC")).withZoneSameInstant(SHOWN_IN)))
                .setHeader(getTranslation("staff.audit.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::username).setHeader(getTranslation("staff.audit.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.action() + " " + e.entityType() + " " + (e.entityKey() == null ? "" : e.entityKey()))
                .setHeader(getTranslation("staff.audit.what"));
        grid.addColumn(e -> e.branchCode() == null ? "" : e.branchCode())
                .setHeader(getTranslation("staff.branch")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.before() == null ? "" : e.before()).setHeader(getTranslation("staff.audit.before"));
        grid.addColumn(e -> e.after() == null ? "" : e.after()).setHeader(getTranslation("staff.audit.after"));
        grid.setItems(audit.recent());
        add(new H2(getTranslation("staff.audit.title")), grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.audit.title");
    }
}
