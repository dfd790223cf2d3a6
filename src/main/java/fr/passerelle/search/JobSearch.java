package fr.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Job-title search over every appellation and fiche label, in memory (Lucene, about 15,000 short documents).
 * Tolerates accents, case, elisions, plurals, feminine forms and one typo per word of four letters or more (only
 * for words that no title contains, so that well-spelt queries stay fast).
 * Order: titles that are the query (written as typed first), then titles starting with it word by word, then
 * titles containing its words; within each, Lucene's score (shorter titles score higher; fiche labels and, for a
 * single word being typed, titles starting with its commonest completion get a small bonus), then fiche labels,
 * shorter labels, alphabetical order. A title listed both as appellation and as fiche label of the same ROME code
 * comes once. Thread-safe once built.
 */
public final class JobSearch {
    private static final String WORD = "word";
    private static final String PREFIX = "prefix";
    private static final String EXACT = "exact";
    private static final String FICHE = "fiche";
    /** Every beginning (two letters or more) of a title's first word, in each gendered form. */
    private static final String FIRST = "first";
    /** Bonus of fiche labels (the ROME's reference names), worth small differences of length between titles. */
    private static final float FICHE_BONUS = 1f;
    /** Candidates fetched before the final ordering; exact and prefix titles are lifted into them by boosts. */
    private static final int MIN_CANDIDATES = 50;
    /** Words of a query looked at: the longest titles have about 20; more would only risk Lucene's clause limit. */
    private static final int MAX_WORDS = 24;
    /** Longer than any title (137 characters) or any word of one: no need for exact, prefix or typo matching. */
    private static final int MAX_TITLE = 200;
    private static final int MAX_WORD = 40;
    /**
     * Words without their counts: "Cariste pointeur / Cariste pointeuse" says cariste twice only because of the
     * gendered forms, and must not outrank "Cariste". Lengths (norms) stay, so shorter titles score higher.
     */
    private static final FieldType WORDS_ONLY = wordsOnly();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<JobTitle> titles;
    private final TitleForms[] forms;
    private final String[] folded;
    private final boolean[] principal;
    private final int[] titleOfDoc;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Completions completions;
    private final Terms prefixes;
    private final Comparator<Candidate> order;
    /** Lucene's files (in memory), kept for a persisted index to write. */
    private ByteBuffersDirectory directory;

    private JobSearch(List<JobTitle> titles, TitleForms[] forms, boolean[] principal, Analyzer analyzer,
                      DirectoryReader reader) throws IOException {
        this(titles, forms, titles.stream().map(t -> fold(t.label())).toArray(String[]::new), principal, analyzer,
                reader, titlesOfDocs(reader));
    }

    private JobSearch(List<JobTitle> titles, TitleForms[] forms, String[] folded, boolean[] principal, Analyzer analyzer,
                      DirectoryReader reader, int[] titleOfDoc) throws IOException {
        this.titles = titles;
        this.forms = forms;
        this.folded = folded;
        this.principal = principal;
        this.analyzer = analyzer;
        this.searcher = new IndexSearcher(reader);
        this.titleOfDoc = titleOfDoc;
        Map<String, Integer> firstWords = new HashMap<>();
        for (TitleForms title : forms) {
            title.firstWords().forEach(word -> firstWords.merge(word, 1, Integer::sum));
        }
        this.completions = Completions.of(firstWords);
        this.prefixes = MultiTerms.getTerms(reader, PREFIX);
        this.order = Comparator.comparing(Candidate::kind)
                .thenComparing(c -> !c.literal)
                .thenComparing(Comparator.comparingDouble(Candidate::score).reversed())
                .thenComparing(c -> !principal[c.index])
                .thenComparingInt(c -> titles.get(c.index).label().length())
                .thenComparing(c -> titles.get(c.index).label())
                .thenComparingInt(Candidate::index);
    }

    private static int[] titlesOfDocs(DirectoryReader reader) throws IOException {
        int[] titleOfDoc = new int[reader.maxDoc()];
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < titleOfDoc.length; doc++) {
            titleOfDoc[doc] = stored.document(doc).getField("i").numericValue().intValue();
        }
        return titleOfDoc;
    }

    private static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new FrenchTitleAnalyzer(false), Map.of(PREFIX, new FrenchTitleAnalyzer(true)));
    }

    /** What a persisted job-title index holds: everything {@link #build} computes, and Lucene's files. */
    record Parts(List<JobTitle> titles, String[][][] forms, String[] folded, boolean[] principal, int[] titleOfDoc,
                 ByteBuffersDirectory directory) {
    }

    /** The parts of this index, for a persisted one. */
    Parts parts() {
        String[][][] all = new String[forms.length][][];
        for (int i = 0; i < forms.length; i++) {
            all[i] = forms[i].forms();
        }
        return new Parts(titles, all, folded, principal, titleOfDoc, directory);
    }

    /** The index over parts given back by a persisted one (nothing analysed or indexed again). */
    static JobSearch of(Parts parts) throws IOException {
        TitleForms[] forms = new TitleForms[parts.forms().length];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = TitleForms.of(parts.forms()[i]);
        }
        JobSearch search = new JobSearch(parts.titles(), forms, parts.folded(), parts.principal(), analyzer(),
                DirectoryReader.open(parts.directory()), parts.titleOfDoc());
        search.directory = parts.directory();
        return search;
    }

    public static JobSearch build(List<JobTitle> titles) {
        List<JobTitle> all = List.copyOf(titles);
        Analyzer analyzer = analyzer();
        TitleForms[] forms = new TitleForms[all.size()];
        Set<String> ficheKeys = new HashSet<>();
        for (int i = 0; i < forms.length; i++) {
            forms[i] = TitleForms.of(all.get(i).label(), text -> words(analyzer, text));
            if (all.get(i).occupationLabel()) {
                ficheKeys.add(all.get(i).romeCode().value() + ' ' + forms[i].key());
            }
        }
        boolean[] principal = new boolean[forms.length];
        for (int i = 0; i < forms.length; i++) {
            principal[i] = ficheKeys.contains(all.get(i).romeCode().value() + ' ' + forms[i].key());
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < forms.length; i++) {
                    Document doc = new Document();
                    doc.add(new StoredField("i", i));
                    doc.add(new Field(WORD, all.get(i).label(), WORDS_ONLY));
                    doc.add(new Field(PREFIX, all.get(i).label(), WORDS_ONLY));
                    if (principal[i]) {
                        doc.add(new StringField(FICHE, "1", Field.Store.NO));
                    }
                    for (String form : forms[i].joined()) {
                        doc.add(new StringField(EXACT, form, Field.Store.NO));
                    }
                    for (String start : forms[i].firstWordStarts(2)) {
                        doc.add(new StringField(FIRST, start, Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            JobSearch search = new JobSearch(all, forms, principal, analyzer, DirectoryReader.open(directory));
            search.directory = directory;
            return search;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldType wordsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    public int size() {
        return titles.size();
    }

    /** The best matches for what the user typed, best first; empty for a blank query. */
    public List<JobMatch> search(String text, int limit) {
        List<String> words = text == null ? List.of() : words(analyzer, text);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (words.size() > MAX_WORDS) {
            words = words.subList(0, MAX_WORDS);
        }
        try {
            ScoreDoc[] hits = searcher.search(query(words), Math.max(4 * limit, MIN_CANDIDATES)).scoreDocs;
            List<Candidate> candidates = new ArrayList<>(hits.length);
            String typed = null;
            for (ScoreDoc hit : hits) {
                int index = titleOfDoc[hit.doc];
                JobMatch.MatchKind kind = forms[index].kind(words);
                if (kind == JobMatch.MatchKind.EXACT && typed == null) {
                    typed = fold(text);
                }
                boolean literal = kind == JobMatch.MatchKind.EXACT && folded[index].equals(typed);
                candidates.add(new Candidate(index, kind, literal, hit.score));
            }
            candidates.sort(order);
            List<JobMatch> matches = new ArrayList<>(Math.min(limit, candidates.size()));
            Set<String> seen = new HashSet<>();
            for (Candidate c : candidates) {
                JobTitle title = titles.get(c.index);
                if (matches.size() < limit && seen.add(title.romeCode().value() + ' ' + folded[c.index])) {
                    matches.add(new JobMatch(title, c.kind, c.score));
                }
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every word must match, as a word, as the beginning of a word, or (when it is neither) with one typo. A title
     * that is the query lifts far up, one whose first word starts like the query's well up, so that both are among
     * the candidates. (A PrefixQuery on the whole forms did the same but cost a third of the time of a search.)
     */
    private Query query(List<String> words) throws IOException {
        String joined = String.join(" ", words);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (joined.length() <= MAX_TITLE) {
            all.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(EXACT, joined))), 1000f), Occur.SHOULD);
        }
        all.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(FIRST, words.get(0)))), 100f), Occur.SHOULD);
        all.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(FICHE, "1"))), FICHE_BONUS), Occur.SHOULD);
        String completion = words.size() == 1 ? completions.of(words.get(0)) : null;
        if (completion != null) {
            all.add(new BoostQuery(new TermQuery(new Term(WORD, completion)), 2f), Occur.SHOULD);
        }
        BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
        for (String word : words) {
            BooleanQuery.Builder oneWord = new BooleanQuery.Builder();
            oneWord.add(new BoostQuery(new TermQuery(new Term(WORD, word)), 3f), Occur.SHOULD);
            oneWord.add(new BoostQuery(new TermQuery(new Term(PREFIX, word)), 2f), Occur.SHOULD);
            if (word.length() >= 4 && word.length() <= MAX_WORD && !indexedPrefix(word)) {
                // Weighted like a word: the typed word is unknown, so its corrections stand for it.
                oneWord.add(new BoostQuery(new FuzzyQuery(new Term(WORD, word), 1, 1, 20, true), 3f), Occur.SHOULD);
            }
            everyWord.add(oneWord.build(), Occur.MUST);
        }
        all.add(everyWord.build(), Occur.MUST);
        return all.build();
    }

    /** Whether some title has a word starting with {@code word}: then it is spelled right, no need for typos. */
    private boolean indexedPrefix(String word) throws IOException {
        return prefixes != null && prefixes.iterator().seekExact(new BytesRef(word));
    }

    /** The query's or a title's words, analysed for the "word" field. */
    private static List<String> words(Analyzer analyzer, String text) {
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

    /** Lower case, no accents, one kind of apostrophe, single spaces: the title as written, give or take. */
    private static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ").strip();
    }

    /** A hit; {@code literal} when the title is written exactly as typed (give or take accents and case). */
    private record Candidate(int index, JobMatch.MatchKind kind, boolean literal, float score) {
    }

}
