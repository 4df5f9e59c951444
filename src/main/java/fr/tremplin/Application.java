package fr.tremplin;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;

/**
 * The application and its page shell. Styles are plain stylesheets (Lumo's, then ours from the top-level
 * {@code frontend/styles}, served as static resources): {@code @Theme} would force a frontend build that this
 * project's machines cannot run.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableCaching
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet(Application.STYLESHEET)
@Viewport("width=device-width, initial-scale=1, viewport-fit=cover")
@Meta(name = "robots", content = "noindex")
// Live screens (the desk, workshops): server pushes over a WebSocket; client requests stay plain XHR, so they go
// through Spring Security's filters like any other request.
@Push(transport = Transport.WEBSOCKET_XHR)
public class Application implements AppShellConfigurator {

    /** Where the build serves {@code frontend/styles}; open to anonymous users (see SecurityConfiguration). */
    public static final String STYLES_PATH = "/styles/";
    static final String STYLESHEET = "styles/tremplin.css";

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** A title in the initial HTML, before any view sets its own, so no page is ever without one. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Tremplin");
    }
}
