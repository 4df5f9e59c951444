package fr.tremplin.credential.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Binder.Binding;
import fr.tremplin.credential.PoolPolicy;
import fr.tremplin.credential.PoolSettings;
import java.util.Map;

/** The settings of a pool as staff type them, checked on each field: used to create a pool and to edit one. */
class PoolSettingsForm extends FormLayout {

    static final int MAX_LOAN_DAYS = 366;
    static final int MAX_THRESHOLD = 100_000;

    /** What the form edits. */
    static final class Draft {
        PoolPolicy policy;
        Integer loanDays;
        Integer threshold;
        boolean cardCheck;
        String loginLink;
    }

    private final Select<PoolPolicy> policy = new Select<>();
    private final IntegerField loanDays = new IntegerField();
    private final IntegerField threshold = new IntegerField();
    private final TextField loginLink = new TextField();
    private final Binder<Draft> binder = new Binder<>();
    private final Draft draft = new Draft();

    PoolSettingsForm(PoolSettings settings) {
        policy.setId("pool-policy");
        policy.setLabel(getTranslation("staff.credentials.policy"));
        policy.setItems(PoolPolicy.values());
        policy.setItemLabelGenerator(CredentialLabels::policy);
        loanDays.setId("pool-loan-days");
        loanDays.setLabel(getTranslation("staff.credentials.loan-days"));
        loanDays.setHelperText(getTranslation("staff.credentials.loan-days.help"));
        threshold.setId("pool-threshold");
        threshold.setLabel(getTranslation("staff.credentials.threshold"));
        threshold.setHelperText(getTranslation("staff.credentials.threshold.help"));
        Checkbox cardCheck = new Checkbox(getTranslation("staff.credentials.card-check"));
        cardCheck.setId("pool-card-check");
        loginLink.setId("pool-login-link");
        loginLink.setLabel(getTranslation("staff.credentials.login-link"));
        loginLink.setHelperText(getTranslation("staff.credentials.login-link.help"));
        loginLink.setMaxLength(PoolSettings.MAX_LOGIN_LINK_LENGTH);
        loginLink.setWidthFull();

        binder.forField(policy).asRequired(getTranslation("staff.validation.required"))
                .bind(d -> d.policy, (d, v) -> d.policy = v);
        Binding<Draft, Integer> loan = binder.forField(loanDays)
                .withValidator(v -> !reusable() || v != null && v >= 1 && v <= MAX_LOAN_DAYS,
                        getTranslation("staff.validation.range", 1, MAX_LOAN_DAYS))
                .bind(d -> d.loanDays, (d, v) -> d.loanDays = v);
        binder.forField(threshold).asRequired(getTranslation("staff.validation.required"))
                .withValidator(v -> v >= 0 && v <= MAX_THRESHOLD,
                        getTranslation("staff.validation.range", 0, MAX_THRESHOLD))
                .bind(d -> d.threshold, (d, v) -> d.threshold = v);
        binder.forField(cardCheck).bind(d -> d.cardCheck, (d, v) -> d.cardCheck = v);
        binder.forField(loginLink)
                .withValidator(v -> v == null || v.isBlank() || PoolSettings.validLoginLink(v.strip()),
                        getTranslation("staff.credentials.login-link.invalid"))
                .bind(d -> d.loginLink == null ? "" : d.loginLink, (d, v) -> d.loginLink = v);
        draft.policy = settings.policy();
        draft.loanDays = settings.loanDays();
        draft.threshold = settings.lowStockThreshold();
        draft.cardCheck = settings.cardCheck();
        draft.loginLink = settings.loginLink();
        binder.readBean(draft);
        loanDays.setEnabled(reusable());
        policy.addValueChangeListener(e -> {
            loanDays.setEnabled(reusable());
            if (!reusable()) {
                loan.validate();
            }
        });
        add(policy, loanDays, threshold, cardCheck, loginLink);
        setColspan(loginLink, 2);
    }

    /** The settings typed, or null (with a message on each field at fault) when they are not valid. */
    PoolSettings settings() {
        if (!binder.writeBeanIfValid(draft)) {
            return null;
        }
        return new PoolSettings(draft.policy, reusable() ? draft.loanDays : null, draft.threshold, draft.cardCheck,
                draft.loginLink);
    }

    /** The fields by the names the service gives in its refusals. */
    Map<String, HasValidation> fields() {
        return Map.of("policy", policy, "loanDays", loanDays, "lowStockThreshold", threshold, "loginLink", loginLink);
    }

    private boolean reusable() {
        return policy.getValue() == PoolPolicy.REUSABLE_AFTER_EXPIRY;
    }
}
