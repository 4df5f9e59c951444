package fr.tremplin.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.tremplin.admin.BranchService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.core.web.PublicLinks;
import fr.tremplin.outreach.MonthlyReferrals;
import fr.tremplin.outreach.PartnerPage;
import fr.tremplin.outreach.PartnerPortal;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An insertion partner's page: make a referral slip (branch, language, need, level) whose QR code opens the kiosk
 * journey there, carrying the partner's code; see a short guide to the branch's resources; and the sessions its slips
 * started each month. Nothing about any patron.
 */
@Route(value = StaffPaths.PARTNER, layout = StaffLayout.class)
@PermitAll
public class PartnerView extends VerticalLayout implements HasDynamicTitle {

    private final PublicLinks links;
    private final CatalogueService catalogue;
    private final Map<String, BranchSettings> branches = new LinkedHashMap<>();
    private final Select<String> branch = new Select<>();
    private final Select<Language> language = new Select<>();
    private final ComboBox<NeedTile> need = new ComboBox<>();
    private final Select<LanguageLevel> level = new Select<>();
    private final Div slip = new Div();
    private final Div guide = new Div();
    private final PartnerPage partner;

    public PartnerView(PartnerPortal portal, BranchService branchService, CatalogueService catalogue,
            PublicLinks links) {
        this.links = links;
        this.catalogue = catalogue;
        setId("partner-view");
        partner = portal.mine();
        partner.branchCodes().forEach(code -> branchService.findBranch(code).ifPresent(b -> branches.put(code, b)));
        add(new H2(partner.name()), new Paragraph(getTranslation("staff.partner.intro", partner.code())));
        add(slipForm(), slip, guide, ReferralCounts.of(portal.referrals()));
        showBranch();
    }

    private FormLayout slipForm() {
        branch.setId("partner-branch");
        branch.setLabel(getTranslation("staff.partner.branch"));
        branch.setItems(branches.keySet());
        branch.setItemLabelGenerator(code -> branches.get(code).name());
        branch.setValue(branches.keySet().iterator().next());
        branch.addValueChangeListener(e -> showBranch());
        language.setId("partner-language");
        language.setLabel(getTranslation("staff.partner.language"));
        language.setItemLabelGenerator(Language::nativeName);
        language.addValueChangeListener(e -> showSlip());
        need.setId("partner-need");
        need.setLabel(getTranslation("staff.partner.need"));
        need.setItemLabelGenerator(NeedTile::label);
        need.setClearButtonVisible(true);
        need.addValueChangeListener(e -> showSlip());
        level.setId("partner-level");
        level.setLabel(getTranslation("staff.partner.level"));
        level.setItems(LanguageLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("staff.partner.level.none"));
        level.addValueChangeListener(e -> showSlip());
        Button print = new Button(getTranslation("staff.partner.print"), e -> e.getSource().getElement()
                .executeJs("window.print()"));
        print.setId("partner-print");
        return new FormLayout(branch, language, need, level, print);
    }

    private void showBranch() {
        BranchSettings chosen = branches.get(branch.getValue());
        language.setItems(chosen.languages());
        language.setValue(chosen.languages().get(0));
        need.setItems(catalogue.offeredNeeds(chosen.code(), Language.FR));
        guide.removeAll();
        guide.setId("partner-guide");
        guide.add(new H3(getTranslation("staff.partner.guide", chosen.name())));
        UnorderedList needs = new UnorderedList();
        for (NeedTile tile : catalogue.offeredNeeds(chosen.code(), Language.FR)) {
            String titles = catalogue.offeredResources(chosen.code(), tile.code(), Language.FR).stream()
                    .map(r -> r.text().title()).distinct().limit(6).reduce((a, b) -> a + ", " + b).orElse("");
            needs.add(new ListItem(tile.label() + " : " + titles));
        }
        guide.add(needs);
        showSlip();
    }

    private void showSlip() {
        BranchSettings chosen = branches.get(branch.getValue());
        if (chosen == null || language.getValue() == null) {
            return;
        }
        StringBuilder address = new StringBuilder("/kiosk/").append(chosen.code()).append("?lang=")
                .append(language.getValue().code());
        if (need.getValue() != null) {
            address.append("&need=").append(need.getValue().code());
        }
        if (level.getValue() != null) {
            address.append("&level=").append(level.getValue().name());
        }
        address.append("&ref=").append(URLEncoder.encode(partner.code(), StandardCharsets.UTF_8));
        slip.removeAll();
        slip.add(new ReferralSlip(chosen.name(), links.absolute(address.toString()), language.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.partner.title");
    }

    /** The monthly counts, each under 5 shown as "< 5". */
    static final class ReferralCounts {

        private ReferralCounts() {
        }

        static Div of(java.util.List<MonthlyReferrals> months) {
            Div counts = new Div();
            counts.setId("partner-referrals");
            counts.add(new H3(counts.getTranslation("staff.partner.referrals")),
                    new Paragraph(counts.getTranslation("staff.partner.referrals.help")));
            UnorderedList list = new UnorderedList();
            for (MonthlyReferrals month : months) {
                ListItem item = new ListItem(month.month() + " : " + month.shown());
                item.setId("partner-referrals-" + month.month());
                list.add(item);
            }
            counts.add(list);
            return counts;
        }
    }
}
