package fr.tremplin.credential.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.credential.ImportPreview;
import fr.tremplin.credential.ImportPreview.SampleLine;
import fr.tremplin.credential.RejectedLine;

/**
 * What an uploaded file would add: how many credentials, a sample with masked logins, and every rejected line with
 * its line number and reason. Nothing is written until staff confirm.
 */
class ImportPreviewPanel extends VerticalLayout {

    private final Paragraph file = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Paragraph blocked = new Paragraph(getTranslation("staff.credentials.preview.blocked"));
    private final H4 rejectedTitle = new H4(getTranslation("staff.credentials.preview.rejected"));
    private final Grid<RejectedLine> rejected = new Grid<>();
    private final H4 sampleTitle = new H4(getTranslation("staff.credentials.preview.sample"));
    private final Grid<SampleLine> sample = new Grid<>();

    ImportPreviewPanel() {
        setPadding(false);
        file.setId("credential-preview-file");
        file.addClassNames(LumoUtility.TextColor.SECONDARY);
        summary.setId("credential-preview-summary");
        summary.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        blocked.setId("credential-preview-blocked");
        blocked.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        blocked.getElement().setAttribute("role", "alert");
        rejected.setId("credential-preview-rejected");
        rejected.addColumn(RejectedLine::lineNumber).setHeader(getTranslation("staff.credentials.preview.line"))
                .setKey("line").setAutoWidth(true).setFlexGrow(0);
        rejected.addColumn(CredentialLabels::rejected).setHeader(getTranslation("staff.credentials.preview.reason"))
                .setKey("reason");
        rejected.setAllRowsVisible(false);
        rejected.setHeight("16em");
        sample.setId("credential-preview-sample");
        sample.addColumn(SampleLine::lineNumber).setHeader(getTranslation("staff.credentials.preview.line"))
                .setKey("line").setAutoWidth(true).setFlexGrow(0);
        sample.addColumn(SampleLine::maskedIdentity).setHeader(getTranslation("staff.credentials.preview.identity"))
                .setKey("identity");
        sample.addColumn(l -> CredentialLabels.day(l.validFrom()))
                .setHeader(getTranslation("staff.credentials.valid-from")).setKey("from");
        sample.addColumn(l -> CredentialLabels.day(l.validUntil()))
                .setHeader(getTranslation("staff.credentials.valid-until")).setKey("until");
        sample.addColumn(SampleLine::note).setHeader(getTranslation("staff.credentials.note")).setKey("note");
        sample.setHeight("14em");
        for (Grid<?> grid : new Grid<?>[] {rejected, sample}) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        }
        add(file, summary, blocked, rejectedTitle, rejected, sampleTitle, sample);
        clear();
    }

    void show(ImportPreview preview) {
        boolean anyRejected = !preview.rejected().isEmpty();
        if (anyRejected) {
            summary.setText(getTranslation("staff.credentials.preview.summary.rejected", preview.toAdd(),
                    preview.rejected().size()));
        } else if (preview.toAdd() == 0) {
            summary.setText(getTranslation("staff.credentials.preview.nothing"));
        } else {
            summary.setText(getTranslation("staff.credentials.preview.summary", preview.toAdd()));
        }
        file.setText(getTranslation("staff.credentials.preview.file", preview.fileName()));
        file.setVisible(true);
        summary.setVisible(true);
        blocked.setVisible(anyRejected);
        rejectedTitle.setVisible(anyRejected);
        rejected.setVisible(anyRejected);
        rejected.setItems(preview.rejected());
        boolean anySample = !preview.sample().isEmpty();
        sampleTitle.setVisible(anySample);
        sample.setVisible(anySample);
        sample.setItems(preview.sample());
    }

    void clear() {
        getChildren().forEach(c -> c.setVisible(false));
    }
}
