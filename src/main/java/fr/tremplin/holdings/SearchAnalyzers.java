package fr.tremplin.holdings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French-aware analysis of the search: elisions ("l'emploi"), case, stop words, then accents folded before
 * stemming, so that "Français", "francais" and "françaises" give one term. The minimal stemmer runs before the light
 * one because the light one alone keeps the "s" of "français" when it drops the "es" of "françaises". Three variants share the steps:
 * stemmed (matching), words (typos, "did you mean") and edge n-grams of words (as-you-type).
 */
final class SearchAnalyzers {

    /** Longest prefix indexed for as-you-type; longer typed words are cut to it. */
    static final int MAX_PREFIX = 20;

    private SearchAnalyzers() {
    }

    static Analyzer stemmed() {
        return analyzer(Variant.STEMMED);
    }

    static Analyzer words() {
        return analyzer(Variant.WORDS);
    }

    static Analyzer prefixes() {
        return analyzer(Variant.PREFIXES);
    }

    /** The analyzer of the index: stemmed by default, words and prefixes in their own fields. */
    static Analyzer forIndex() {
        return new PerFieldAnalyzerWrapper(stemmed(),
                Map.of(SearchFields.WORDS, words(), SearchFields.PREFIX, prefixes()));
    }

    /** The terms an analyzer makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private enum Variant { STEMMED, WORDS, PREFIXES }

    private static Analyzer analyzer(Variant variant) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
                stream = new ASCIIFoldingFilter(stream);
                stream = switch (variant) {
                    case STEMMED -> new FrenchLightStemFilter(new FrenchMinimalStemFilter(stream));
                    case WORDS -> stream;
                    case PREFIXES -> new EdgeNGramTokenFilter(stream, 1, MAX_PREFIX, true);
                };
                return new TokenStreamComponents(source, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
