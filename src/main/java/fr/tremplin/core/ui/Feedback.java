package fr.tremplin.core.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.UI;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.domain.StaleEditException;
import java.util.Map;

/** How staff screens tell the outcome of an action: a short notification, or a message on the field at fault. */
public final class Feedback {

    private Feedback() {
    }

    /**
     * Runs a save and tells its outcome: saved, someone else saved first (nothing written, the form keeps what was
     * typed), or a refusal shown on the field at fault.
     *
     * @return true when the save went through
     */
    public static boolean save(Runnable write, Map<String, ? extends HasValidation> fields) {
        try {
            write.run();
            saved();
            return true;
        } catch (StaleEditException e) {
            stale();
        } catch (InvalidInputException e) {
            invalid(e, fields);
        }
        return false;
    }

    public static void saved() {
        saved(UI.getCurrent().getTranslation("staff.saved"));
    }

    /** A success that says what was done ("120 credentials added"). */
    public static void saved(String text) {
        show("staff-saved", text, NotificationVariant.LUMO_SUCCESS);
    }

    /** Someone else saved the record meanwhile: nothing was written, the form keeps what was typed. */
    private static void stale() {
        show("staff-stale", UI.getCurrent().getTranslation("staff.stale"), NotificationVariant.LUMO_WARNING);
    }

    public static void error(String text) {
        show("staff-error", text, NotificationVariant.LUMO_ERROR);
    }

    /** Puts a service's refusal on the field it names, or in a notification if no field of the form has that name. */
    public static void invalid(InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        String text = UI.getCurrent().getTranslation(e.messageKey(), e.arguments());
        HasValidation field = fields.get(e.field());
        if (field == null) {
            error(text);
            return;
        }
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private static void show(String id, String text, NotificationVariant variant) {
        Notification notification = new Notification(text, 6000, Notification.Position.TOP_CENTER);
        notification.setId(id);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
