package fr.tremplin.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.catalogue.NeedLine;
import fr.tremplin.catalogue.TaxonomyAdminService;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.Translations;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.Pictograms;
import fr.tremplin.core.ui.StaffLayout;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;

/** The need taxonomy as kiosks ask it: needs, their sub-needs, labels in every language and pictograms. */
@Route(value = StaffPaths.TAXONOMY, layout = StaffLayout.class)
@PermitAll
public class TaxonomyView extends VerticalLayout implements HasDynamicTitle {

    private final TaxonomyAdminService taxonomy;
    private final boolean editor;
    private final VerticalLayout list = new VerticalLayout();

    public TaxonomyView(TaxonomyAdminService taxonomy, StaffAccess access) {
        this.taxonomy = taxonomy;
        this.editor = access.current().isDepartmentAdmin();
        setId("taxonomy-view");
        list.setId("need-list");
        list.setPadding(false);
        list.setSpacing(false);
        add(new H2(getTranslation("staff.taxonomy.title")), new Paragraph(getTranslation("staff.taxonomy.intro")),
                list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.taxonomy.title");
    }

    private void refresh() {
        list.removeAll();
        taxonomy.needs().forEach(need -> list.add(row(need)));
    }

    private HorizontalLayout row(NeedLine need) {
        Span label = new Span(Translations.pick(need.labels(), Language.of(getLocale())));
        label.addClassNames(need.parentCode() == null ? LumoUtility.FontWeight.SEMIBOLD : LumoUtility.FontWeight.NORMAL);
        Span code = new Span(" " + need.code());
        code.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div missing = new Div();
        missing.setId("missing-" + need.code());
        Arrays.stream(Language.values()).filter(need.missingLanguages()::contains).forEach(language -> {
            Span badge = new Span(language.code());
            badge.setId("missing-" + need.code() + "-" + language.code());
            badge.getElement().getThemeList().add("badge error");
            badge.addClassNames(LumoUtility.Margin.End.XSMALL);
            missing.add(badge);
        });
        Div text = new Div(new Div(label, code), missing);
        HorizontalLayout row = new HorizontalLayout(Pictograms.icon(need.pictogram()), text);
        row.setId("need-row-" + need.code());
        row.setWidthFull();
        row.expand(text);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.SMALL);
        if (need.parentCode() != null) {
            row.addClassNames(LumoUtility.Padding.Left.XLARGE);
        }
        if (need.staffEditedAt() != null) {
            Span edited = new Span(getTranslation("staff.edited-by", need.staffEditedBy()));
            edited.getElement().getThemeList().add("badge contrast");
            row.add(edited);
        }
        if (editor) {
            Button edit = new Button(getTranslation("staff.edit"), e -> new NeedDialog(taxonomy, need, this::refresh)
                    .open());
            edit.setId("need-edit-" + need.code());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(edit);
        }
        return row;
    }
}
