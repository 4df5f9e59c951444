package fr.tremplin.credential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.credential.CredentialFileException;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.ImportPreview;
import fr.tremplin.credential.PoolStock;

/**
 * Imports a publisher's file into a pool in two steps: the upload shows what would be added and every line that
 * cannot be; the import adds all the lines or none. The file stays in memory, never on disk.
 */
class CredentialImportDialog extends Dialog {

    private static final int MEGABYTE = 1024 * 1024;

    private final CredentialPools pools;
    private final PoolStock pool;
    private final Runnable onImported;
    private final ImportPreviewPanel panel = new ImportPreviewPanel();
    private final Upload upload;
    private final Paragraph error = new Paragraph();
    private final Button confirm = new Button();
    private ImportPreview preview;

    CredentialImportDialog(CredentialPools pools, PoolStock pool, Runnable onImported) {
        this.pools = pools;
        this.pool = pool;
        this.onImported = onImported;
        setId("credential-import-dialog");
        setHeaderTitle(getTranslation("staff.credentials.import.title", pool.resourceTitle()));
        upload = new Upload(UploadHandler.inMemory((file, bytes) -> preview(file.fileName(), bytes)));
        upload.setId("credential-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(CredentialPools.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setUploadButton(new Button(getTranslation("staff.credentials.import.choose")));
        upload.setDropLabel(new Span(getTranslation("staff.credentials.import.drop")));
        upload.addFileRejectedListener(e -> fail(getTranslation("staff.credentials.import.refused",
                CredentialPools.MAX_FILE_BYTES / MEGABYTE)));
        upload.addFileRemovedListener(e -> reset());
        error.setId("credential-import-error");
        error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        confirm.setText(getTranslation("staff.credentials.import.confirm"));
        confirm.setId("credential-import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setEnabled(false);
        confirm.addClickListener(e -> confirm());
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("credential-import-cancel");
        Paragraph help = new Paragraph(getTranslation("staff.credentials.import.help",
                CredentialPools.MAX_FILE_BYTES / MEGABYTE));
        help.setId("credential-import-help");
        add(help, new Paragraph(getTranslation("staff.credentials.import.example")), upload, error, panel);
        getFooter().add(cancel, confirm);
        setWidth("min(60em, 95vw)");
    }

    /**
     * What the upload calls with the whole file: reads and checks it, writes nothing. The upload's list is emptied
     * so that a corrected file can be sent straight away; the preview names the file.
     */
    void preview(String fileName, byte[] content) {
        reset();
        upload.clearFileList();
        try {
            preview = pools.preview(pool.poolId(), fileName, content);
            panel.show(preview);
            confirm.setEnabled(preview.importable());
        } catch (CredentialFileException e) {
            fail(CredentialLabels.problem(e));
        }
    }

    private void confirm() {
        if (preview == null || !preview.importable()) {
            return;
        }
        try {
            int added = pools.importPreviewed(preview);
            close();
            onImported.run();
            Feedback.saved(getTranslation("staff.credentials.import.done", added));
        } catch (InvalidInputException e) {
            reset();
            fail(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void fail(String message) {
        preview = null;
        confirm.setEnabled(false);
        error.setText(message);
        error.setVisible(true);
    }

    private void reset() {
        preview = null;
        confirm.setEnabled(false);
        error.setVisible(false);
        panel.clear();
    }
}
