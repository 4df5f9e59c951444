package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.security.StaffUser;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.holdings.HoldingLibraries;
import fr.tremplin.holdings.HoldingTagsService;
import fr.tremplin.holdings.HoldingsImportService;
import fr.tremplin.holdings.ImportReport;
import jakarta.annotation.security.RolesAllowed;

/**
 * The library's shelves: a department admin uploads the MARC export and maps library codes to branches; branch
 * admins and librarians read the history and the codes. Any of them opens a record's tags by its id.
 */
@Route(value = StaffPaths.HOLDINGS, layout = StaffLayout.class)
@RolesAllowed({"DEPARTMENT_ADMIN", "BRANCH_ADMIN", "LIBRARIAN"})
public class HoldingsImportView extends VerticalLayout implements HasDynamicTitle {

    static final int HISTORY_SHOWN = 50;

    private final HoldingsImportService imports;
    private final ImportReportPanel report = new ImportReportPanel();
    private final ImportHistoryGrid history;
    private final LibraryCodesGrid libraries;

    public HoldingsImportView(HoldingsImportService imports, HoldingLibraries libraries, HoldingTagsService tags,
            StaffAccess access) {
        this.imports = imports;
        StaffUser user = access.current();
        setId("holdings-view");
        history = new ImportHistoryGrid(this::open);
        this.libraries = new LibraryCodesGrid(libraries, user.isDepartmentAdmin());
        add(new H2(getTranslation("staff.holdings.title")), new Paragraph(getTranslation("staff.holdings.intro")));
        if (user.isDepartmentAdmin()) {
            add(new HoldingsUploadForm(imports, this::imported));
        }
        add(report, new H3(getTranslation("staff.holdings.history.title")), history,
                new H3(getTranslation("staff.holdings.libraries.title")),
                new Paragraph(getTranslation("staff.holdings.libraries.help")), this.libraries,
                new H3(getTranslation("staff.holdings.record.title")), recordLookup(tags));
        history.show(imports.history(HISTORY_SHOWN));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.holdings.title");
    }

    private void imported(ImportReport done) {
        report.show(done);
        history.show(imports.history(HISTORY_SHOWN));
        libraries.refresh();
    }

    /** The history holds counts only: the report with its rejections is read when opened. */
    private void open(ImportReport summary) {
        imports.report(summary.id()).ifPresentOrElse(report::show, report::clear);
    }

    private HorizontalLayout recordLookup(HoldingTagsService tags) {
        TextField recordId = new TextField(getTranslation("staff.holdings.record.id"));
        recordId.setId("holdings-record-id");
        Button open = new Button(getTranslation("staff.holdings.record.open"), e -> {
            if (!recordId.getValue().isBlank()) {
                HoldingTagsDialog.open(tags, recordId.getValue());
            }
        });
        open.setId("holdings-record-open");
        HorizontalLayout row = new HorizontalLayout(recordId, open);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
