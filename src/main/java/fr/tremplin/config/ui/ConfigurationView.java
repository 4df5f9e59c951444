package fr.tremplin.config.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.tremplin.config.ConfigExportService;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.StaffLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;

/** "Export configuration": downloads the current state as kiosk-config files, for the library's IT to commit. */
@Route(value = StaffPaths.CONFIGURATION, layout = StaffLayout.class)
@RolesAllowed("DEPARTMENT_ADMIN")
public class ConfigurationView extends VerticalLayout implements HasDynamicTitle {

    public ConfigurationView(ConfigExportService export) {
        setId("configuration-view");
        // Built at each download, under the signed-in user's security context, so the export reflects that moment.
        DownloadHandler zip = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = export.exportZip();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "kiosk-config.zip", "application/zip",
                    bytes.length);
        });
        Anchor download = new Anchor(zip, getTranslation("staff.configuration.export"));
        download.setId("configuration-export");
        download.getElement().setAttribute("download", true);
        add(new H2(getTranslation("staff.configuration.title")),
                new Paragraph(getTranslation("staff.configuration.files-and-database")),
                new Paragraph(getTranslation("staff.configuration.export.text")), download);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.configuration.title");
    }
}
