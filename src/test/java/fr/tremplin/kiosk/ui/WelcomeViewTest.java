package fr.tremplin.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import fr.tremplin.support.ViewTest;
import org.junit.jupiter.api.Test;

class WelcomeViewTest extends ViewTest {

    @Test
    void linksToTheKioskOfEveryBranch() {
        UI.getCurrent().navigate("");

        get(UnorderedList.class, "branch-links");
        assertThat(all(Anchor.class)).hasSize(6);
        assertThat(get(Anchor.class, "open-kiosk-longwy").getHref()).isEqualTo("kiosk/longwy");
    }
}
