package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.holdings.HoldingsImportService;
import fr.tremplin.holdings.ImportReport;
import fr.tremplin.holdings.MarcFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;

/**
 * Uploads a MARC export and imports it at once: the report follows without another click. "Full export" is off
 * by default, so that a partial file never retires records by surprise.
 */
class HoldingsUploadForm extends VerticalLayout {

    static final int MAX_MEGABYTES = 200;

    private final HoldingsImportService imports;
    private final Consumer<ImportReport> onImported;
    private final Select<MarcFormat> format = new Select<>();
    private final Checkbox fullExport = new Checkbox();
    private final Paragraph error = new Paragraph();
    private final Upload upload;

    HoldingsUploadForm(HoldingsImportService imports, Consumer<ImportReport> onImported) {
        this.imports = imports;
        this.onImported = onImported;
        setPadding(false);
        format.setId("holdings-format");
        format.setLabel(getTranslation("staff.holdings.format"));
        format.setItems(MarcFormat.values());
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption(getTranslation("staff.holdings.format.auto"));
        format.setItemLabelGenerator(f -> f == null ? getTranslation("staff.holdings.format.auto") : f.name());
        fullExport.setId("holdings-full-export");
        fullExport.setLabel(getTranslation("staff.holdings.full-export"));
        fullExport.setHelperText(getTranslation("staff.holdings.full-export.help"));
        fullExport.setValue(false);
        upload = new Upload(UploadHandler.toTempFile(this::imported));
        upload.setId("holdings-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_MEGABYTES * 1024 * 1024);
        upload.setAcceptedFileTypes(".mrc", ".iso", ".marc", ".xml", ".marcxml", ".dat");
        upload.setUploadButton(new Button(getTranslation("staff.holdings.upload.choose")));
        upload.setDropLabel(new Span(getTranslation("staff.holdings.upload.drop")));
        upload.addFileRejectedListener(e -> fail(getTranslation("staff.holdings.upload.refused", MAX_MEGABYTES)));
        error.setId("holdings-upload-error");
        error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        HorizontalLayout options = new HorizontalLayout(format, fullExport);
        options.setAlignItems(Alignment.BASELINE);
        add(new Paragraph(getTranslation("staff.holdings.upload.help", MAX_MEGABYTES)), options, upload, error);
    }

    /** Runs on the UI's lock once the file is on disk; the file is deleted whatever the import did. */
    private void imported(UploadMetadata metadata, File file) throws IOException {
        error.setVisible(false);
        try {
            onImported.accept(imports.upload(file.toPath(), metadata.fileName(), format.getValue(),
                    fullExport.getValue()));
        } finally {
            Files.deleteIfExists(file.toPath());
            upload.clearFileList();
        }
    }

    private void fail(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
