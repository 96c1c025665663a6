package dev.crosswalk.search;

import dev.crosswalk.catalog.Catalog;
import dev.crosswalk.catalog.Framework;
import dev.crosswalk.catalog.Provision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Ranked, typo-tolerant search over the catalog's provisions (ids, titles, paraphrases), an in-memory Lucene index
 * built once per catalog. An id ("A.6.2.4", "Art 12", "iso42001:7.2") ranks its provision first; words match
 * English stems, with edits allowed so "loging" still finds logging.
 */
public final class ProvisionSearch {
    public static final int MAX_QUERY_LENGTH = 200;
    private static final String REF = "ref";
    private static final String ID = "id";
    private static final String FRAMEWORK = "framework";
    private static final String TITLE = "title";
    private static final String TEXT = "text";
    /** Titles as written (no stemming): the word asked for beats words that merely share its stem. */
    private static final String TITLE_WORDS = "titleWords";

    private final Catalog catalog;
    private final Analyzer analyzer = analyzer();
    private final IndexSearcher searcher;

    private ProvisionSearch(Catalog catalog, IndexSearcher searcher) {
        this.catalog = catalog;
        this.searcher = searcher;
    }

    /** Indexes every provision of {@code catalog}. */
    public static ProvisionSearch over(Catalog catalog) {
        Directory dir = new ByteBuffersDirectory();
        try (Analyzer analyzer = analyzer();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Framework f : catalog.frameworks()) {
                for (Provision p : catalog.provisions(f.id())) w.addDocument(document(p));
            }
            w.commit();
            return new ProvisionSearch(catalog, new IndexSearcher(DirectoryReader.open(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the provision index", e);
        }
    }

    private static Document document(Provision p) {
        Document d = new Document();
        d.add(new StringField(REF, p.ref(), Field.Store.YES));
        d.add(new StringField(FRAMEWORK, p.frameworkId(), Field.Store.NO));
        d.add(new StringField(ID, normalise(p.notation()), Field.Store.NO));
        d.add(new StringField(ID, normalise(p.ref()), Field.Store.NO));
        d.add(new TextField(TITLE, p.title() == null ? "" : p.title(), Field.Store.NO));
        d.add(new TextField(TITLE_WORDS, p.title() == null ? "" : p.title(), Field.Store.NO));
        d.add(new TextField(TEXT, p.paraphrase() == null ? "" : p.paraphrase(), Field.Store.NO));
        return d;
    }

    /**
     * The best {@code limit} provisions for {@code text}, optionally within one framework; an
     * {@link InvalidSearchException} when the text is blank or too long or the framework unknown.
     */
    public List<SearchHit> search(String text, String framework, int limit) {
        if (text == null || text.isBlank()) throw new InvalidSearchException("Query parameter 'q' is required: words or a provision id, e.g. q=logging or q=A.6.2.4.");
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidSearchException("Query parameter 'q' is " + text.length() + " characters long; at most " + MAX_QUERY_LENGTH + " are searched.");
        }
        if (framework != null && catalog.framework(framework).isEmpty()) {
            throw new InvalidSearchException("Unknown framework '" + framework + "'; the frameworks are "
                    + String.join(", ", catalog.frameworks().stream().map(Framework::id).sorted().toList()) + ".");
        }
        Query query = query(text);
        if (framework != null) {
            query = new BooleanQuery.Builder().add(query, Occur.MUST).add(new TermQuery(new Term(FRAMEWORK, framework)), Occur.FILTER).build();
        }
        try {
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, limit).scoreDocs) {
                String ref = searcher.storedFields().document(sd.doc).get(REF);
                Provision p = catalog.require(ref);
                hits.add(new SearchHit(ref, p.frameworkId(), p.notation(), p.title(), p.paraphrase(), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the provision index", e);
        }
    }

    /** The whole text as an id (exact, or a parent of what it names), plus every word in titles and paraphrases, fuzzily. */
    private Query query(String text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String id = normalise(text);
        if (!id.isEmpty()) {
            b.add(new BoostQuery(new TermQuery(new Term(ID, id)), 50f), Occur.SHOULD);
            b.add(new BoostQuery(new PrefixQuery(new Term(ID, id + ".")), 10f), Occur.SHOULD);
        }
        for (String word : words(TITLE_WORDS, text)) b.add(new BoostQuery(new TermQuery(new Term(TITLE_WORDS, word)), 3f), Occur.SHOULD);
        for (String word : words(TEXT, text)) {
            b.add(new BoostQuery(new TermQuery(new Term(TITLE, word)), 4f), Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(TEXT, word)), 2f), Occur.SHOULD);
            if (word.length() >= 4) {
                int edits = word.length() >= 7 ? 2 : 1;
                b.add(new FuzzyQuery(new Term(TITLE, word), edits, 1), Occur.SHOULD);
                b.add(new BoostQuery(new FuzzyQuery(new Term(TEXT, word), edits, 1), 0.5f), Occur.SHOULD);
            }
        }
        return b.build();
    }

    /** English stems everywhere but in {@link #TITLE_WORDS}, which keeps the words as they are. */
    private static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(TITLE_WORDS, new StandardAnalyzer()));
    }

    private List<String> words(String field, String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) words.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** "Art. 12(1)" and "art 12 (1)" both read "art.12.1": case and punctuation do not matter in an id. */
    static String normalise(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", ".").replaceAll("^\\.|\\.$", "");
    }
}
