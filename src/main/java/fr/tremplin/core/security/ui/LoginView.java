package fr.tremplin.core.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.security.StaffSecurityProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Staff sign-in. A plain HTML form posted to Spring Security's form login (this same path), so the password never
 * passes through Vaadin's UI state; the fields are Vaadin's for the look and the accessible labels. The form
 * carries the session's CSRF token: a sign-in posted from another site is refused.
 */
@Route(LoginView.PATH)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PATH = "staff/login";

    private final Paragraph message = new Paragraph();
    private final StaffSecurityProperties properties;
    private final StaffAccess access;

    public LoginView(StaffSecurityProperties properties, StaffAccess access) {
        this.properties = properties;
        this.access = access;
        setId("login-view");
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.AlignItems.CENTER,
                LumoUtility.Padding.XLARGE);

        TextField username = new TextField(getTranslation("login.username"));
        username.setId("login-username");
        username.getElement().setAttribute("name", "username");
        username.setRequired(true);
        username.setAutofocus(true);
        username.getElement().setAttribute("autocomplete", "username");
        PasswordField password = new PasswordField(getTranslation("login.password"));
        password.setId("login-password");
        password.getElement().setAttribute("name", "password");
        password.setRequired(true);
        password.getElement().setAttribute("autocomplete", "current-password");
        NativeButton submit = new NativeButton(getTranslation("login.submit"));
        submit.setId("login-submit");
        submit.getElement().setAttribute("type", "submit");
        submit.getStyle().set("min-height", "48px").set("min-width", "12em").set("cursor", "pointer");

        message.setId("login-message");
        message.setVisible(false);
        message.addClassNames(LumoUtility.TextColor.ERROR);
        message.getElement().setAttribute("role", "alert");

        Form form = new Form(username, password, submit);
        csrfToken().ifPresent(token -> form.getElement().appendChild(new Element("input")
                .setAttribute("type", "hidden").setAttribute("name", token.getParameterName())
                .setAttribute("value", token.getToken())));
        form.getElement().setAttribute("method", "post");
        form.getElement().setAttribute("action", PATH);
        form.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        form.getStyle().set("width", "min(22em, 100%)");
        username.setWidthFull();
        password.setWidthFull();

        add(new H1(getTranslation("staff.app.title")), message, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (access.currentUser().isPresent()) {
            event.forwardTo(StaffPaths.HOME);
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        long wait = parameters.getOrDefault("wait", List.of()).stream().mapToLong(LoginView::seconds).max().orElse(0);
        if (wait >= 120) {
            show(getTranslation("login.wait.minutes", (wait + 59) / 60));
        } else if (wait > 0) {
            show(getTranslation("login.wait.seconds", wait));
        } else if (parameters.containsKey("error")) {
            // One message whatever the reason: it must not tell an unknown user from a locked or disabled account.
            show(getTranslation("login.error", properties.maxFailedSignIns(), properties.lockDuration().toMinutes()));
        } else if (parameters.containsKey("expired")) {
            show(getTranslation("login.expired"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }

    /** The session's token, as Spring Security's CSRF filter put it on the request that builds this view. */
    private static Optional<CsrfToken> csrfToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                ? Optional.of(token) : Optional.empty();
    }

    private static long seconds(String value) {
        try {
            return Math.min(Long.parseLong(value), 24 * 3600);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void show(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    /** A native form: Spring Security reads its POST. */
    @Tag("form")
    private static final class Form extends HtmlContainer {
        Form(Component... children) {
            super(children);
        }
    }
}
