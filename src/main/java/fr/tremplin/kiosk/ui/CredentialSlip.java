package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.credential.IssuedCredential;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper slip of a credential: what the patron needs to get in at home, in their language and in French (for a
 * helper who reads French). Hidden on screen; the print stylesheet prints it alone.
 */
class CredentialSlip extends Composite<Div> {

    CredentialSlip(IssuedCredential credential, ResourceCard resource, ResourceCard inFrench, Language language,
            String branchName) {
        Div root = getContent();
        root.setId("credential-slip");
        root.addClassNames("credential-slip", "print-sheet");
        root.getElement().setAttribute("aria-hidden", "true");
        root.add(new H1(branchName));
        List<Language> languages = new ArrayList<>(List.of(language));
        if (language != Language.FR) {
            languages.add(Language.FR);
        }
        for (Language shown : languages) {
            ResourceCard card = shown == Language.FR && inFrench != null ? inFrench : resource;
            root.add(part(credential, card, resource.url(), shown));
        }
    }

    private Div part(IssuedCredential credential, ResourceCard card, String url, Language language) {
        Div part = new Div();
        part.addClassName("slip-part");
        part.getElement().setAttribute("lang", language.code());
        part.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        part.add(new H2(text(language, "kiosk.slip.title")), new Paragraph(card.text().title()));
        if (url != null) {
            part.add(ltr(new Paragraph(url)));
        }
        if (credential.login() != null) {
            part.add(line(language, "kiosk.credential.login", credential.login()));
        }
        if (credential.secret() != null) {
            part.add(line(language, credential.login() == null ? "kiosk.credential.code"
                    : "kiosk.credential.password", credential.secret()));
        }
        if (credential.validUntil() != null) {
            part.add(new Paragraph(text(language, "kiosk.credential.valid-until",
                    CredentialCard.date(credential.validUntil(), language))));
        }
        if (card.text().howToAccess() != null) {
            part.add(new H3(text(language, "kiosk.slip.how")), new Paragraph(card.text().howToAccess()));
        }
        return part;
    }

    private Paragraph line(Language language, String labelKey, String value) {
        Paragraph line = new Paragraph(text(language, labelKey) + " ");
        line.add(CredentialText.of(null, value));
        line.addClassName("slip-credential");
        return line;
    }

    private String text(Language language, String key, Object... parameters) {
        return getTranslation(language.locale(), key, parameters);
    }

    private static Paragraph ltr(Paragraph paragraph) {
        paragraph.getElement().setAttribute("dir", "ltr");
        return paragraph;
    }
}
