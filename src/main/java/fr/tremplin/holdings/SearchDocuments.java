package fr.tremplin.holdings;

import static fr.tremplin.holdings.SearchFields.ANYWHERE;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.i18n.Translations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** Turns the read models into Lucene documents: the searchable text, the filters and the facets. */
final class SearchDocuments {

    private static final int SORT_TITLE_LENGTH = 60;
    private final FacetsConfig config = facetsConfig();

    FacetsConfig config() {
        return config;
    }

    Document resource(IndexedResource resource, NeedTree needs) {
        Document doc = start(SearchFields.key(resource), SearchFacet.DIGITAL);
        for (var entry : resource.texts().entrySet()) {
            IndexedResource.Text text = entry.getValue();
            text(doc, SearchFields.TITLE, text.title());
            text(doc, SearchFields.titleIn(entry.getKey().code()), text.title());
            text(doc, SearchFields.PREFIX, text.title());
            text(doc, SearchFields.BODY, text.summary(), text.learn());
            text(doc, SearchFields.WORDS, text.title(), text.summary(), text.learn());
        }
        text(doc, SearchFields.BODY, resource.publisher());
        text(doc, SearchFields.WORDS, resource.publisher());
        IndexedResource.Text french = Translations.pick(resource.texts(), Language.FR);
        sortTitle(doc, french == null ? resource.code() : french.title());
        levels(doc, resource.levelMin(), resource.levelMax());
        resource.languages().forEach(language -> facet(doc, SearchFacet.LANGUAGE, language));
        needs(doc, resource.needCodes(), needs);
        for (String branch : resource.branches()) {
            keyword(doc, SearchFields.BRANCH, SearchFacet.BRANCH, branch);
            keyword(doc, SearchFields.AVAILABLE, SearchFacet.AVAILABLE, branch);
        }
        if (!resource.branches().isEmpty()) {
            keyword(doc, SearchFields.AVAILABLE, SearchFacet.AVAILABLE, ANYWHERE);
        }
        return build(doc);
    }

    Document holding(IndexedHolding holding, NeedTree needs) {
        Document doc = start(SearchFields.key(holding), SearchFacet.SHELF);
        text(doc, SearchFields.TITLE, holding.title());
        text(doc, SearchFields.PREFIX, holding.title());
        String[] body = {holding.authors(), holding.publisher(), holding.subjects(), holding.classification(),
            holding.isbn()};
        text(doc, SearchFields.BODY, body);
        text(doc, SearchFields.WORDS, Stream.concat(Stream.of(holding.title()), Arrays.stream(body))
                .toArray(String[]::new));
        sortTitle(doc, holding.title());
        if (holding.levelMin() != null || holding.levelMax() != null) {
            LanguageLevel min = Objects.requireNonNullElse(holding.levelMin(), holding.levelMax());
            levels(doc, min, Objects.requireNonNullElse(holding.levelMax(), min));
        }
        if (holding.language() != null && !holding.language().isBlank()) {
            facet(doc, SearchFacet.LANGUAGE, holding.language().strip().toLowerCase(Locale.ROOT));
        }
        needs(doc, holding.needCodes(), needs);
        boolean availableSomewhere = false;
        for (ShelfCopy copy : holding.copies()) {
            boolean available = copy.status().onTheShelf();
            availableSomewhere |= available;
            if (copy.branchCode() != null && IndexedHolding.reachable(copy)) {
                keyword(doc, SearchFields.BRANCH, SearchFacet.BRANCH, copy.branchCode());
                if (available) {
                    keyword(doc, SearchFields.AVAILABLE, SearchFacet.AVAILABLE, copy.branchCode());
                }
            }
        }
        if (availableSomewhere) {
            keyword(doc, SearchFields.AVAILABLE, SearchFacet.AVAILABLE, ANYWHERE);
        }
        return build(doc);
    }

    private static Document start(String key, String kind) {
        Document doc = new Document();
        doc.add(new StringField(SearchFields.KEY, key, Field.Store.YES));
        doc.add(new StringField(SearchFields.KIND, kind, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(SearchFacet.KIND.key(), kind));
        return doc;
    }

    private static void text(Document doc, String field, String... values) {
        String text = Arrays.stream(values).filter(Objects::nonNull).collect(Collectors.joining("\n"));
        if (!text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
    }

    private static void sortTitle(Document doc, String title) {
        String folded = String.join(" ", SearchAnalyzers.terms(SearchAnalyzers.words(), SearchFields.WORDS, title));
        String cut = folded.length() > SORT_TITLE_LENGTH ? folded.substring(0, SORT_TITLE_LENGTH) : folded;
        doc.add(new SortedDocValuesField(SearchFields.SORT_TITLE, new BytesRef(cut)));
    }

    private static void levels(Document doc, LanguageLevel min, LanguageLevel max) {
        doc.add(new StringField(SearchFields.LEVEL_KNOWN, "yes", Field.Store.NO));
        for (LanguageLevel level : LanguageLevel.values()) {
            if (level.isWithin(min, max)) {
                keyword(doc, SearchFields.LEVEL, SearchFacet.LEVEL, level.name());
            }
        }
    }

    private static void needs(Document doc, Set<String> own, NeedTree tree) {
        own.forEach(code -> doc.add(new StringField(SearchFields.OWN_NEED, code, Field.Store.NO)));
        tree.withParents(own).forEach(code -> keyword(doc, SearchFields.NEED, SearchFacet.NEED, code));
    }

    private static void keyword(Document doc, String field, SearchFacet facet, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        facet(doc, facet, value);
    }

    private static void facet(Document doc, SearchFacet facet, String value) {
        doc.add(new SortedSetDocValuesFacetField(facet.key(), value));
    }

    private Document build(Document doc) {
        try {
            return config.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (SearchFacet facet : SearchFacet.values()) {
            config.setMultiValued(facet.key(), facet != SearchFacet.KIND);
        }
        return config;
    }
}
