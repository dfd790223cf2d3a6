package fr.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Job-title search over every appellation and fiche label, in memory (Lucene, about 15,000 short documents).
 * Tolerates accents, case, elisions, plurals and one typo per word of four letters or more; ranks an exact title
 * first, then titles starting with the query, then titles containing the words. Thread-safe once built.
 */
public final class JobSearch {
    private static final String WORD = "word";
    private static final String PREFIX = "prefix";
    private static final String EXACT = "exact";

    private final List<JobTitle> titles;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    private JobSearch(List<JobTitle> titles, IndexSearcher searcher, Analyzer analyzer) {
        this.titles = titles;
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    public static JobSearch build(List<JobTitle> titles) {
        Analyzer analyzer = new PerFieldAnalyzerWrapper(new FrenchTitleAnalyzer(false),
                Map.of(PREFIX, new FrenchTitleAnalyzer(true)));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < titles.size(); i++) {
                JobTitle title = titles.get(i);
                Document doc = new Document();
                doc.add(new StoredField("i", i));
                doc.add(new TextField(WORD, title.label(), Field.Store.NO));
                doc.add(new TextField(PREFIX, title.label(), Field.Store.NO));
                for (String variant : variants(title.label())) {
                    doc.add(new StringField(EXACT, variant, Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            return new JobSearch(List.copyOf(titles), searcher, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return titles.size();
    }

    /** The best matches for what the user typed, best first; empty for a blank query. */
    public List<JobMatch> search(String text, int limit) {
        List<String> words = words(text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        String normalized = normalize(text);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new BoostQuery(new TermQuery(new Term(EXACT, normalized)), 50f), BooleanClause.Occur.SHOULD);
        all.add(new BoostQuery(new PrefixQuery(new Term(EXACT, normalized)), 10f), BooleanClause.Occur.SHOULD);
        BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
        for (String word : words) {
            BooleanQuery.Builder oneWord = new BooleanQuery.Builder();
            oneWord.add(new BoostQuery(new TermQuery(new Term(WORD, word)), 3f), BooleanClause.Occur.SHOULD);
            oneWord.add(new BoostQuery(new TermQuery(new Term(PREFIX, word)), 2f), BooleanClause.Occur.SHOULD);
            if (word.length() >= 4) {
                oneWord.add(new FuzzyQuery(new Term(WORD, word), 1, 1, 20, true), BooleanClause.Occur.SHOULD);
            }
            everyWord.add(oneWord.build(), BooleanClause.Occur.MUST);
        }
        all.add(everyWord.build(), BooleanClause.Occur.MUST);
        try {
            ScoreDoc[] hits = searcher.search(all.build(), limit).scoreDocs;
            List<JobMatch> matches = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                int index = searcher.storedFields().document(hit.doc).getField("i").numericValue().intValue();
                JobTitle title = titles.get(index);
                matches.add(new JobMatch(title, kind(title, normalized), hit.score));
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JobMatch.MatchKind kind(JobTitle title, String normalized) {
        for (String variant : variants(title.label())) {
            if (variant.equals(normalized)) {
                return JobMatch.MatchKind.EXACT;
            }
            if (variant.startsWith(normalized)) {
                return JobMatch.MatchKind.PREFIX;
            }
        }
        return JobMatch.MatchKind.WORDS;
    }

    /** The query's words, analysed like the titles. */
    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(WORD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /**
     * Whole-label forms for exact and prefix matching: the label, and each gendered form of "Hôte / Hôtesse de
     * caisse" spelled out ("hote de caisse", "hotesse de caisse").
     */
    static List<String> variants(String label) {
        List<String> variants = new ArrayList<>();
        String normalized = normalize(label);
        variants.add(normalized);
        int slash = normalized.indexOf(" / ");
        if (slash > 0) {
            String masculine = normalized.substring(0, slash);
            String rest = normalized.substring(slash + 3);
            int space = rest.indexOf(' ');
            String feminine = space < 0 ? rest : rest.substring(0, space);
            String tail = space < 0 ? "" : rest.substring(space);
            variants.add(masculine + tail);
            variants.add(feminine + tail);
        }
        return variants;
    }

    /** Lower case, no accents, single spaces. */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }
}
