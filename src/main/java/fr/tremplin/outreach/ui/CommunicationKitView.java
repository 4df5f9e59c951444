package fr.tremplin.outreach.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.admin.BranchAdminService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.BranchPicker;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.outreach.CommunicationKit;
import fr.tremplin.outreach.KitDocument;
import fr.tremplin.outreach.KitItem;
import fr.tremplin.outreach.KitRequest;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The communication kit of a branch: pick the item, the language (or bilingual with French) and the needs to feature,
 * then download the PDF. For the branches the user manages; the service checks again at each download.
 */
@Route(value = StaffPaths.KIT, layout = StaffLayout.class)
@PermitAll
public class CommunicationKitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CommunicationKit kit;
    private final BranchAdminService branches;
    private final VerticalLayout form = new VerticalLayout();
    private final Map<String, BranchSettings> managed = new LinkedHashMap<>();

    public CommunicationKitView(CommunicationKit kit, BranchAdminService branches) {
        this.kit = kit;
        this.branches = branches;
        setId("communication-kit-view");
        form.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        managed.clear();
        branches.managedBranches().forEach(b -> managed.put(b.code(), b));
        removeAll();
        add(new H2(getTranslation("staff.kit.title")));
        if (managed.isEmpty()) {
            Paragraph refused = new Paragraph(getTranslation("staff.kit.not-managed"));
            refused.setId("kit-not-managed");
            add(refused);
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        managed.values().forEach(b -> names.put(b.code(), b.name()));
        BranchPicker picker = BranchPicker.forAddress(names, event, this::show);
        add(picker, new Paragraph(getTranslation("staff.kit.intro")), form);
        show(picker.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.kit.title");
    }

    private void show(String branchCode) {
        form.removeAll();
        BranchSettings branch = managed.get(branchCode);
        Select<KitItem> item = new Select<>();
        item.setId("kit-item");
        item.setLabel(getTranslation("staff.kit.item"));
        item.setItems(KitItem.values());
        item.setItemLabelGenerator(i -> getTranslation("staff.kit.item." + i.name()));
        item.setValue(KitItem.POSTER_A4);
        item.setMinWidth("22em");

        Select<Language> language = new Select<>();
        language.setId("kit-language");
        language.setLabel(getTranslation("staff.kit.language"));
        language.setItems(branch.languages());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(branch.languages().contains(Language.FR) ? Language.FR : branch.languages().get(0));

        Checkbox bilingual = new Checkbox(getTranslation("staff.kit.bilingual"));
        bilingual.setId("kit-bilingual");
        bilingual.setEnabled(language.getValue() != Language.FR);
        language.addValueChangeListener(e -> bilingual.setEnabled(e.getValue() != Language.FR));

        List<NeedTile> offered = kit.needs(branchCode, Language.of(getLocale()));
        Map<String, String> labels = new LinkedHashMap<>();
        offered.forEach(n -> labels.put(n.code(), n.label()));
        CheckboxGroup<String> needs = new CheckboxGroup<>(getTranslation("staff.kit.needs"));
        needs.setId("kit-needs");
        needs.setItems(List.copyOf(labels.keySet()));
        needs.setItemLabelGenerator(code -> labels.getOrDefault(code, code));
        needs.setValue(labels.keySet());
        needs.setHelperText(getTranslation("staff.kit.needs.helper"));

        // Built at each download, under the signed-in user's security context, so the service checks who asks.
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            List<String> picked = labels.keySet().stream().filter(needs.getValue()::contains).toList();
            KitDocument document = kit.make(new KitRequest(branchCode, item.getValue(), language.getValue(),
                    bilingual.getValue(), picked));
            return new DownloadResponse(new ByteArrayInputStream(document.pdf()), document.fileName(),
                    "application/pdf", document.pdf().length);
        });
        Anchor download = new Anchor(pdf, getTranslation("staff.kit.download"));
        download.setId("kit-download");
        download.getElement().setAttribute("download", true);
        download.addClassNames(LumoUtility.Padding.SMALL, LumoUtility.FontWeight.BOLD);

        form.add(new HorizontalLayout(item, language), bilingual, needs, download);
    }
}
