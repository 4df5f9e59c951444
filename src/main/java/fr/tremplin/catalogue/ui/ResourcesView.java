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
import fr.tremplin.catalogue.ResourceAdminService;
import fr.tremplin.catalogue.ResourceLine;
import fr.tremplin.catalogue.ResourceText;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.Translations;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.core.ui.StaffLabels;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;

/** The resource catalogue with its texts: missing translations are flagged per kiosk language. */
@Route(value = StaffPaths.RESOURCES, layout = StaffLayout.class)
@PermitAll
public class ResourcesView extends VerticalLayout implements HasDynamicTitle {

    private final ResourceAdminService resources;
    private final boolean editor;
    private final VerticalLayout list = new VerticalLayout();

    public ResourcesView(ResourceAdminService resources, StaffAccess access) {
        this.resources = resources;
        this.editor = access.current().isDepartmentAdmin();
        setId("resources-view");
        list.setId("resource-list");
        list.setPadding(false);
        list.setSpacing(false);
        add(new H2(getTranslation("staff.resources.title")), new Paragraph(getTranslation("staff.resources.intro")),
                list);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.resources.title");
    }

    private void refresh() {
        list.removeAll();
        resources.resources().forEach(line -> list.add(row(line)));
    }

    private HorizontalLayout row(ResourceLine line) {
        ResourceText text = Translations.pick(line.texts(), Language.of(getLocale()));
        Span title = new Span(text == null ? line.code() : text.title());
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span details = new Span(line.code() + (line.publisher() == null ? "" : " · " + line.publisher()) + " · "
                + StaffLabels.accessMode(line.accessMode()));
        details.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div missing = new Div();
        missing.setId("missing-" + line.code());
        if (!line.missingLanguages().isEmpty()) {
            missing.add(new Span(getTranslation("staff.missing-translations") + " "));
            Arrays.stream(Language.values()).filter(line.missingLanguages()::contains).forEach(language -> {
                Span badge = new Span(language.code());
                badge.setId("missing-" + line.code() + "-" + language.code());
                badge.getElement().getThemeList().add("badge error");
                badge.getElement().setAttribute("title", language.nativeName());
                badge.addClassNames(LumoUtility.Margin.End.XSMALL);
                missing.add(badge);
            });
        }
        Div text2 = new Div(title, new Div(details), missing);
        HorizontalLayout row = new HorizontalLayout(text2);
        row.setId("resource-" + line.code());
        row.setWidthFull();
        row.expand(text2);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.SMALL);
        if (line.staffEditedAt() != null) {
            Span edited = new Span(getTranslation("staff.edited-by", line.staffEditedBy()));
            edited.getElement().getThemeList().add("badge contrast");
            row.add(edited);
        }
        if (editor) {
            Button edit = new Button(getTranslation("staff.resources.edit-texts"),
                    e -> new ResourceTextsDialog(resources, line, this::refresh).open());
            edit.setId("resource-edit-" + line.code());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(edit);
        }
        return row;
    }
}
