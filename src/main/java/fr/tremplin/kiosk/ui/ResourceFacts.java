package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Pictograms;
import fr.tremplin.kiosk.FitReason;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The short facts of a resource that cards and the resource page both show. */
final class ResourceFacts {

    private ResourceFacts() {
    }

    /** Level range, languages, where it can be used, and length of a sitting, each with a pictogram. */
    static Div facts(Component owner, ResourceCard resource, Language language) {
        Div facts = new Div();
        facts.addClassName("facts");
        Span levels = new Span(LevelScreen.levelName(resource.levelMin()), new Span(" – "),
                LevelScreen.levelName(resource.levelMax()));
        facts.add(fact("signal", owner.getTranslation("kiosk.resource.level"), levels));
        facts.add(fact("globe", owner.getTranslation("kiosk.resource.languages"),
                new Span(languageNames(resource.instructionLanguages(), language))));
        facts.add(fact(accessPictogram(resource), null, new Span(owner.getTranslation(accessKey(resource)))));
        if (resource.sessionMinutes() != null) {
            Span minutes = new Span(owner.getTranslation("kiosk.resource.minutes", resource.sessionMinutes()));
            facts.add(fact("clock", null, minutes));
        }
        return facts;
    }

    /** "Why this fits you", as a list of short reasons. */
    static UnorderedList reasons(Component owner, List<FitReason> reasons) {
        UnorderedList list = new UnorderedList();
        list.addClassName("reasons");
        for (FitReason reason : reasons) {
            ListItem item = new ListItem(Pictograms.icon("check"), new Span(owner.getTranslation("kiosk.why." + reason)));
            list.add(item);
        }
        return list;
    }

    static String accessKey(ResourceCard resource) {
        return switch (resource.accessMode()) {
            case ON_SITE_OPEN, SHARED_ACCOUNT -> "kiosk.access.here-only";
            case POOL_CODE -> "kiosk.access.needs-code";
            case STAFF_ACCOUNT -> "kiosk.access.needs-account";
            case FREE_ONLINE -> resource.worksFromHome() ? "kiosk.access.from-home" : "kiosk.access.free";
        };
    }

    private static String accessPictogram(ResourceCard resource) {
        return resource.accessMode() == AccessMode.POOL_CODE || resource.accessMode() == AccessMode.STAFF_ACCOUNT
                ? "key" : resource.worksFromHome() ? "home" : "institution";
    }

    /** Languages in the patron's language where Java knows their names, else in their own script. */
    static String languageNames(List<String> codes, Language patron) {
        return codes.stream().map(code -> Language.fromCode(code).map(Language::nativeName)
                .orElseGet(() -> displayName(code, patron))).collect(Collectors.joining(", "));
    }

    private static String displayName(String code, Language patron) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(patron.locale());
        return name.isEmpty() || name.equals(code) ? locale.getDisplayLanguage(Locale.ENGLISH) : name;
    }

    private static Div fact(String pictogram, String label, Span value) {
        Div fact = new Div(Pictograms.icon(pictogram));
        fact.addClassName("fact");
        if (label != null) {
            Span name = new Span(label + " : ");
            name.addClassName("fact-label");
            fact.add(name);
        }
        fact.add(value);
        return fact;
    }
}
