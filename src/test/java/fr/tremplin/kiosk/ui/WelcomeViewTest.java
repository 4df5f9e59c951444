package fr.tremplin.kiosk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.UnorderedList;
import fr.tremplin.support.KaribuTest;
import org.junit.jupiter.api.Test;

class WelcomeViewTest extends KaribuTest {

    @Test
    void linksToTheKioskOfEveryBranch() {
        UI.getCurrent().navigate("");

        get(UnorderedList.class, "branch-links");
        assertThat(_find(Anchor.class)).hasSize(6);
        assertThat(get(Anchor.class, "open-kiosk-longwy").getHref()).isEqualTo("kiosk/longwy");
    }
}
