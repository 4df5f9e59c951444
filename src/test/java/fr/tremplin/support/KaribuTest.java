package fr.tremplin.support;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Base of view tests: Karibu's mocked Vaadin on top of the shared Spring context and database. */
@TremplinTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("fr.tremplin");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** The one component of that type with that id, in the current UI. */
    protected static <T extends Component> T get(Class<T> type, String id) {
        return LocatorJ._get(type, spec -> spec.withId(id));
    }

    /** Clicks (taps) the component with that id, failing if it is hidden or disabled. */
    protected static void click(String id) {
        Component component = get(Component.class, id);
        if (!(component instanceof ClickNotifier<?> clickable)) {
            throw new AssertionError(id + " cannot be clicked");
        }
        ButtonKt._click(clickable);
    }
}
