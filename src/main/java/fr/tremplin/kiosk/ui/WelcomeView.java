package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.tremplin.admin.BranchService;
import fr.tremplin.admin.BranchSettings;

/** The root page: what Tremplin is, and how to open a branch's kiosk on a library PC. */
@Route("")
@AnonymousAllowed
public class WelcomeView extends Div implements HasDynamicTitle {

    public WelcomeView(BranchService branches) {
        setId("welcome");
        addClassName("welcome");
        add(new H1(getTranslation("welcome.title")), new Paragraph(getTranslation("welcome.intro")),
                new H2(getTranslation("welcome.branches")));
        UnorderedList list = new UnorderedList();
        list.setId("branch-links");
        for (BranchSettings branch : branches.activeBranches()) {
            Anchor link = new Anchor("kiosk/" + branch.code(), branch.name());
            link.setId("open-kiosk-" + branch.code());
            list.add(new ListItem(link, new Code(" /kiosk/" + branch.code())));
        }
        add(list, new H2(getTranslation("welcome.kiosk-pc")), new Paragraph(getTranslation("welcome.kiosk-pc.text")),
                new Code("chromium --kiosk --incognito https://<server>/kiosk/<branch>"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("welcome.title");
    }
}
