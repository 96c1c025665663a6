package dev.crosswalk.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis (possessives, lower case, stop words, Porter stems) followed by the domain synonym list
 * ({@code synonyms.txt} beside this class): each group is reduced to its first entry, so "record-keeping" and "logging"
 * index as one term. Entries are stemmed by the same chain, so the list is written in plain words.
 */
final class DomainAnalyzer extends Analyzer {
    static final String SYNONYMS = "synonyms.txt";

    private final SynonymMap synonyms;
    private final boolean indexing;

    private DomainAnalyzer(SynonymMap synonyms, boolean indexing) {
        this.synonyms = synonyms;
        this.indexing = indexing;
    }

    /** The analyzer for documents (index) or queries, with the packaged synonym list. */
    static DomainAnalyzer of(boolean indexing) {
        return new DomainAnalyzer(packagedSynonyms(), indexing);
    }

    /** The chain with another synonym list (tests). */
    static DomainAnalyzer with(SynonymMap synonyms) {
        return new DomainAnalyzer(synonyms, false);
    }

    /** The same chain without synonyms: what the list's entries are analysed with, and the ablation in tests. */
    static DomainAnalyzer withoutSynonyms() {
        return new DomainAnalyzer(null, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        ts = new PorterStemFilter(ts);
        if (synonyms != null) {
            ts = new SynonymGraphFilter(ts, synonyms, true);
            // an index needs a flat token stream; multi-word entries make a graph
            if (indexing) ts = new FlattenGraphFilter(ts);
        }
        return new TokenStreamComponents(source, ts);
    }

    /** The analysed terms of {@code text}, in order. */
    List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static SynonymMap packaged;

    private static synchronized SynonymMap packagedSynonyms() {
        if (packaged == null) {
            try (InputStream in = DomainAnalyzer.class.getResourceAsStream(SYNONYMS)) {
                if (in == null) throw new IllegalStateException("The synonym list " + SYNONYMS + " is missing from the classpath.");
                packaged = parse(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return packaged;
    }

    /** A synonym list in Solr's format (comma-separated groups, '#' comments), reduced to each group's first entry. */
    static SynonymMap parse(java.io.Reader list) throws IOException {
        try (Analyzer entries = withoutSynonyms()) {
            SolrSynonymParser parser = new SolrSynonymParser(true, false, entries);
            parser.parse(list);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalStateException("The synonym list cannot be read: " + e.getMessage(), e);
        }
    }
}
