package fr.tremplin.holdings.availability;

import fr.tremplin.holdings.CopyStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an ILS-DI {@code GetAvailability} answer (DLF 1.1): per {@code dlf:record}, its {@code dlf:items}, each with
 * a {@code dlf:simpleavailability} (status, message, library name, and in recent Koha the call number). The answer
 * comes from another system, so no DOCTYPE, entity or external file is ever read.
 */
final class DlfAvailability {

    static final String DLF = "http://diglib.org/ilsdi/1.1";

    private DlfAvailability() {
    }

    static Map<String, List<LiveCopy>> read(byte[] body) throws LibrarySystemException {
        Document document = parse(body);
        Map<String, List<LiveCopy>> copies = new LinkedHashMap<>();
        NodeList records = document.getElementsByTagNameNS(DLF, "record");
        for (int r = 0; r < records.getLength(); r++) {
            Element record = (Element) records.item(r);
            Element bibliographic = first(record, "bibliographic");
            if (bibliographic == null || bibliographic.getAttribute("id").isBlank()) {
                throw new LibrarySystemException("DLF record without a bibliographic id");
            }
            List<LiveCopy> items = copies.computeIfAbsent(bibliographic.getAttribute("id").trim(),
                    id -> new ArrayList<>());
            NodeList availabilities = record.getElementsByTagNameNS(DLF, "simpleavailability");
            for (int i = 0; i < availabilities.getLength(); i++) {
                Element availability = (Element) availabilities.item(i);
                CopyStatus status = status(text(availability, "availabilitystatus"),
                        text(availability, "availabilitymsg"));
                if (status != null) {
                    items.add(new LiveCopy(text(availability, "identifier"), null,
                            text(availability, "itemcallnumber"), status));
                }
            }
        }
        return copies;
    }

    /**
     * Koha's status is "available", "not available" or "unknown", the message says why (C4::ILSDI::Services
     * {@code _availability}). An unknown copy is left out; another reason to be away counts as on loan: not on
     * the shelf now, back later.
     */
    static CopyStatus status(String status, String message) {
        String state = status == null ? "" : status.trim().toLowerCase(Locale.ROOT);
        if (state.equals("available")) {
            return CopyStatus.AVAILABLE;
        }
        if (state.isEmpty() || state.equals("unknown")) {
            return null;
        }
        String why = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (why.contains("withdrawn")) {
            return CopyStatus.WITHDRAWN;
        }
        if (why.contains("lost")) {
            return CopyStatus.LOST;
        }
        if (why.contains("not for loan") || why.contains("damaged")) {
            return CopyStatus.NOT_FOR_LOAN;
        }
        return CopyStatus.ON_LOAN;
    }

    private static Document parse(byte[] body) throws LibrarySystemException {
        try {
            DocumentBuilder builder = safeFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(body));
            Element root = document.getDocumentElement();
            if (!DLF.equals(root.getNamespaceURI()) || !root.getLocalName().equals("collection")) {
                throw new LibrarySystemException("XML answer is not a DLF collection");
            }
            return document;
        } catch (SAXException | IOException e) {
            throw new LibrarySystemException("unreadable XML", e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }

    private static DocumentBuilderFactory safeFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static Element first(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(DLF, name);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static String text(Element parent, String name) {
        Element element = first(parent, name);
        String text = element == null ? "" : element.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }
}
