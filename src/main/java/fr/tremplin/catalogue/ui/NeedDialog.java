package fr.tremplin.catalogue.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.tremplin.catalogue.NeedLine;
import fr.tremplin.catalogue.TaxonomyAdminService;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.Pictograms;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Edits a need's pictogram and its label in every kiosk language (French required). */
class NeedDialog extends Dialog {

    NeedDialog(TaxonomyAdminService taxonomy, NeedLine need, Runnable onSaved) {
        setId("need-dialog");
        setHeaderTitle(need.code());
        Map<String, String> values = new HashMap<>();
        Binder<Map<String, String>> binder = new Binder<>();
        Map<String, HasValidation> fields = new HashMap<>();
        TextField pictogram = new TextField(getTranslation("staff.taxonomy.pictogram"));
        pictogram.setId("need-pictogram");
        pictogram.setHelperText(getTranslation("staff.taxonomy.pictogram.help"));
        binder.forField(pictogram).asRequired(getTranslation("staff.validation.required"))
                .withValidator(Pictograms::isKnown, getTranslation("staff.taxonomy.pictogram.unknown"))
                .bind(m -> m.getOrDefault("pictogram", ""), (m, v) -> m.put("pictogram", v));
        fields.put("pictogram", pictogram);
        values.put("pictogram", need.pictogram());
        FormLayout form = new FormLayout(pictogram);
        for (Language language : Language.values()) {
            TextField label = new TextField(language.nativeName() + " (" + language.code() + ")");
            label.setId("need-label-" + language.code());
            label.getElement().setAttribute("lang", language.code());
            label.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            var binding = binder.forField(label);
            if (language == Language.FR) {
                binding = binding.asRequired(getTranslation("staff.taxonomy.french-required"));
            }
            binding.withValidator(v -> v.strip().length() <= TaxonomyAdminService.LABEL_MAX,
                            getTranslation("staff.validation.too-long", TaxonomyAdminService.LABEL_MAX))
                    .bind(m -> m.getOrDefault(language.code(), ""), (m, v) -> m.put(language.code(), v));
            fields.put("labels." + language.code(), label);
            values.put(language.code(), need.labels().getOrDefault(language, ""));
            form.add(label);
        }
        binder.readBean(values);
        add(form);
        Button save = new Button(getTranslation("staff.save"), e -> {
            if (!binder.writeBeanIfValid(values)) {
                return;
            }
            Map<Language, String> labels = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                labels.put(language, values.get(language.code()));
            }
            if (Feedback.save(() -> taxonomy.update(need.code(), values.get("pictogram"), labels, need.version()),
                    fields)) {
                close();
                onSaved.run();
            }
        });
        save.setId("need-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("need-cancel");
        getFooter().add(cancel, save);
    }
}
