package fr.tremplin.catalogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.tremplin.catalogue.ResourceAdminService;
import fr.tremplin.catalogue.ResourceLine;
import fr.tremplin.catalogue.ResourceText;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Feedback;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Edits the texts of a resource in every kiosk language; French needs a title, other languages are optional. */
class ResourceTextsDialog extends Dialog {

    /** What the form edits, per language. */
    static final class Draft {
        String title = "";
        String summary = "";
        String learn = "";
        String howToAccess = "";

        boolean empty() {
            return title.isBlank() && summary.isBlank() && learn.isBlank() && howToAccess.isBlank();
        }
    }

    private final Map<Language, Binder<Draft>> binders = new EnumMap<>(Language.class);
    private final Map<Language, Draft> drafts = new EnumMap<>(Language.class);
    private final Map<String, HasValidation> fields = new HashMap<>();

    ResourceTextsDialog(ResourceAdminService resources, ResourceLine line, Runnable onSaved) {
        setId("resource-texts-dialog");
        setHeaderTitle(getTranslation("staff.resources.texts-of", line.code()));
        setWidth("min(60em, 95vw)");
        for (Language language : Language.values()) {
            add(section(language, line.texts().get(language)));
        }
        Button save = new Button(getTranslation("staff.save"), e -> {
            boolean valid = true;
            for (Map.Entry<Language, Binder<Draft>> entry : binders.entrySet()) {
                valid &= entry.getValue().writeBeanIfValid(drafts.get(entry.getKey()));
            }
            if (!valid) {
                return;
            }
            Map<Language, ResourceText> texts = new EnumMap<>(Language.class);
            drafts.forEach((language, d) -> texts.put(language, new ResourceText(d.title, d.summary, d.learn,
                    d.howToAccess)));
            if (Feedback.save(() -> resources.updateTexts(line.code(), texts, line.version()), fields)) {
                close();
                onSaved.run();
            }
        });
        save.setId("resource-texts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("resource-texts-cancel");
        getFooter().add(cancel, save);
    }

    private Details section(Language language, ResourceText text) {
        String prefix = "text-" + language.code() + "-";
        TextField title = new TextField(getTranslation("staff.resources.field.title"));
        title.setId(prefix + "title");
        title.setMaxLength(ResourceAdminService.TITLE_MAX);
        TextField summary = new TextField(getTranslation("staff.resources.field.summary"));
        summary.setId(prefix + "summary");
        TextArea learn = new TextArea(getTranslation("staff.resources.field.learn"));
        learn.setId(prefix + "learn");
        TextArea howToAccess = new TextArea(getTranslation("staff.resources.field.how-to-access"));
        howToAccess.setId(prefix + "how-to-access");
        for (var field : java.util.List.of(title, summary, learn, howToAccess)) {
            field.getElement().setAttribute("lang", language.code());
            field.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        }
        Draft draft = new Draft();
        if (text != null) {
            draft.title = text.title();
            draft.summary = text.summary() == null ? "" : text.summary();
            draft.learn = text.learn() == null ? "" : text.learn();
            draft.howToAccess = text.howToAccess() == null ? "" : text.howToAccess();
        }
        Binder<Draft> binder = new Binder<>();
        binder.forField(title)
                .withValidator(v -> !v.isBlank() || language != Language.FR,
                        getTranslation("staff.resources.french-required"))
                .withValidator(v -> !v.isBlank() || summary.isEmpty() && learn.isEmpty() && howToAccess.isEmpty(),
                        getTranslation("staff.resources.title-required"))
                .withValidator(v -> v.strip().length() <= ResourceAdminService.TITLE_MAX,
                        getTranslation("staff.validation.too-long", ResourceAdminService.TITLE_MAX))
                .bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(summary).withValidator(v -> v.strip().length() <= ResourceAdminService.SUMMARY_MAX,
                getTranslation("staff.validation.too-long", ResourceAdminService.SUMMARY_MAX))
                .bind(d -> d.summary, (d, v) -> d.summary = v);
        binder.forField(learn).withValidator(v -> v.strip().length() <= ResourceAdminService.LONG_TEXT_MAX,
                getTranslation("staff.validation.too-long", ResourceAdminService.LONG_TEXT_MAX))
                .bind(d -> d.learn, (d, v) -> d.learn = v);
        binder.forField(howToAccess).withValidator(v -> v.strip().length() <= ResourceAdminService.LONG_TEXT_MAX,
                getTranslation("staff.validation.too-long", ResourceAdminService.LONG_TEXT_MAX))
                .bind(d -> d.howToAccess, (d, v) -> d.howToAccess = v);
        binder.readBean(draft);
        binders.put(language, binder);
        drafts.put(language, draft);
        String field = "texts." + language.code() + ".";
        fields.put(field + "title", title);
        fields.put(field + "summary", summary);
        fields.put(field + "learn", learn);
        fields.put(field + "howToAccess", howToAccess);
        String heading = language.nativeName() + " (" + language.code() + ")"
                + (text == null ? " – " + getTranslation("staff.missing") : "");
        Details details = new Details(heading, new FormLayout(title, summary, learn, howToAccess));
        details.setId("texts-" + language.code());
        details.setOpened(language == Language.FR);
        return details;
    }
}
