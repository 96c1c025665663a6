package dev.crosswalk.suggest;

import dev.crosswalk.catalog.Provision;
import dev.crosswalk.catalog.Wording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The provisions of one framework (title and paraphrases) in an in-memory Lucene index, ranked against another
 * provision's text by BM25 (Lucene's defaults, k1 = 1.2, b = 0.75): the lexical evidence of a suggestion.
 */
final class LexicalIndex {
    private static final String TEXT = "text";
    private static final String IRI = "iri";

    /** One ranked provision: its BM25 score and the analysed terms it shares with the query. */
    record Hit(String iri, double bm25, List<String> sharedTerms) {}

    private final IndexSearcher searcher;
    private final DomainAnalyzer queries;
    private final Map<String, Set<String>> termsByIri = new HashMap<>();

    private LexicalIndex(IndexSearcher searcher, DomainAnalyzer queries) {
        this.searcher = searcher;
        this.queries = queries;
    }

    /** An index of {@code provisions}, analysed with the domain synonyms or (for the ablation) without. */
    static LexicalIndex of(List<Provision> provisions, boolean synonyms) {
        DomainAnalyzer indexAnalyzer = synonyms ? DomainAnalyzer.of(true) : DomainAnalyzer.withoutSynonyms();
        DomainAnalyzer queryAnalyzer = synonyms ? DomainAnalyzer.of(false) : DomainAnalyzer.withoutSynonyms();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer).setSimilarity(new BM25Similarity()))) {
            for (Provision p : provisions) {
                Document d = new Document();
                d.add(new StoredField(IRI, p.iri()));
                d.add(new TextField(TEXT, text(p), Field.Store.NO));
                w.addDocument(d);
            }
            w.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            searcher.setSimilarity(new BM25Similarity());
            LexicalIndex index = new LexicalIndex(searcher, queryAnalyzer);
            provisions.forEach(p -> index.termsByIri.put(p.iri(), new LinkedHashSet<>(queryAnalyzer.terms(text(p)))));
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a provision says, for matching: its title and paraphrase, and every timeline's paraphrase where it has several. */
    static String text(Provision p) {
        List<String> parts = new ArrayList<>();
        if (p.title() != null) parts.add(p.title());
        if (p.paraphrase() != null) parts.add(p.paraphrase());
        for (Wording w : p.wordings()) if (w.paraphrase() != null && !w.paraphrase().equals(p.paraphrase())) parts.add(w.paraphrase());
        return String.join(". ", parts);
    }

    /** The {@code n} best provisions for {@code source}'s text by BM25, best first (only those sharing a term). */
    List<Hit> search(Provision source, int n) {
        Set<String> terms = new LinkedHashSet<>(queries.terms(text(source)));
        if (terms.isEmpty()) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        terms.forEach(t -> q.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD));
        try {
            Map<String, Hit> out = new LinkedHashMap<>();
            for (ScoreDoc sd : searcher.search(q.build(), n).scoreDocs) {
                String iri = searcher.storedFields().document(sd.doc).get(IRI);
                List<String> shared = termsByIri.getOrDefault(iri, Set.of()).stream().filter(terms::contains).collect(Collectors.toList());
                out.put(iri, new Hit(iri, sd.score, shared));
            }
            return List.copyOf(out.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
