package fr.tremplin.core.ui;

import com.vaadin.flow.component.html.Image;
import fr.tremplin.core.qr.QrCodes;

/** A QR code on screen, drawn on the server as SVG by {@link QrCodes}. */
public class QrCode extends Image {

    public QrCode(String content, String alternativeText) {
        super(QrCodes.svgDataUri(content), alternativeText);
        addClassName("qr-code");
    }
}
