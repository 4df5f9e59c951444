package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.tremplin.admin.BranchService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.PageLanguage;

/** A branch's kiosk: /kiosk/{branchCode}. Starts with the language, then asks what the patron wants to do. */
@Route("kiosk")
@AnonymousAllowed
public class KioskView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final BranchService branches;
    private final CatalogueService catalogue;
    private BranchSettings branch;
    private Language language = Language.FR;

    public KioskView(BranchService branches, CatalogueService catalogue) {
        this.branches = branches;
        this.catalogue = catalogue;
        setId("kiosk");
        addClassName("kiosk");
    }

    @Override
    public void setParameter(BeforeEvent event, String branchCode) {
        branch = branches.findBranch(branchCode).orElse(null);
        if (branch == null) {
            PageLanguage.apply(event.getUI(), Language.FR);
            showUnknownBranch(branchCode);
            return;
        }
        language = branch.languages().get(0);
        PageLanguage.apply(event.getUI(), language);
        showLanguages();
    }

    @Override
    public String getPageTitle() {
        return branch == null ? "Tremplin" : branch.name() + " – Tremplin";
    }

    private void showLanguages() {
        show(new LanguageScreen(branch.languages(), this::chooseLanguage));
    }

    private void chooseLanguage(Language chosen) {
        language = chosen;
        getUI().ifPresent(ui -> PageLanguage.apply(ui, chosen));
        showNeeds();
    }

    private void showNeeds() {
        show(new NeedScreen(catalogue.offeredNeeds(branch.code(), language), need -> { }));
    }

    private void show(com.vaadin.flow.component.Component screen) {
        removeAll();
        add(screen);
    }

    private void showUnknownBranch(String code) {
        removeAll();
        H1 title = new H1(getTranslation("kiosk.branch.unknown.title"));
        Paragraph text = new Paragraph(getTranslation("kiosk.branch.unknown.text", code));
        Div box = new Div(title, text);
        box.setId("unknown-branch");
        box.addClassName("screen");
        add(box);
    }
}
