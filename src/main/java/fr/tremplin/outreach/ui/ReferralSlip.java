package fr.tremplin.outreach.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.QrCode;

/**
 * A referral slip to hand to a person: the branch, a QR code that opens the kiosk journey part-way in their
 * language, and the same address in writing. It names no one. The print stylesheet prints it alone.
 */
class ReferralSlip extends Composite<Div> {

    ReferralSlip(String branchName, String address, Language language) {
        Div root = getContent();
        root.setId("partner-slip");
        root.addClassNames("partner-slip", "print-sheet");
        root.getElement().setAttribute("lang", language.code());
        root.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
        QrCode qr = new QrCode(address, getTranslation(language.locale(), "referral.slip.qr.alt"));
        qr.setId("partner-slip-qr");
        Paragraph written = new Paragraph(address);
        written.setId("partner-slip-address");
        written.addClassName("url");
        written.getElement().setAttribute("dir", "ltr");
        root.add(new H2(branchName), new Paragraph(getTranslation(language.locale(), "referral.slip.text")), qr, written);
    }
}
