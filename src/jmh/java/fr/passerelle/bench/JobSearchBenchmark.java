package fr.passerelle.bench;

import fr.passerelle.search.JobMatch;
import fr.passerelle.search.JobSearch;
import fr.passerelle.search.JobTitle;
import fr.passerelle.search.RomeV460Titles;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one job-title search (limit 10, as the CLI and the UI ask) over the 13,120 appellations and 1,584
 * fiche labels of ROME 4.60. The index is built once; each call searches the next query of a fixed list, so that
 * SampleTime's percentiles describe a realistic mix. {@code queries} picks the list: 50 full titles as written,
 * 50 prefixes of 3 to 8 letters, 50 titles with one typo, 50 lower-case unaccented gendered forms, the issue's
 * examples, or all of them shuffled ("mix", about 210 queries). Queries come from a fixed seed: every run is alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class JobSearchBenchmark {
    static final int PER_KIND = 50;
    static final List<String> EXAMPLES = List.of("hotesse de caise", "electricien", "CARISTE", "Caissière",
            "hôtesses de caisse", "CAISSIER", "pâtissier", "patissier", "plombeir", "electr", "ingé bâtiment");

    @Param({"mix", "full", "prefix", "typo", "folded"})
    public String queries;

    private JobSearch search;
    private String[] list;

    /** Each benchmark thread walks the list from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Setup(Level.Trial)
    public void buildIndex() {
        List<JobTitle> titles = RomeV460Titles.load(SharedData.romeFolder());
        search = JobSearch.build(titles);
        list = queries(titles, queries).toArray(String[]::new);
        System.out.printf("%n%d titles indexed; %d queries (%s), e.g. %s%n", search.size(), list.length, queries,
                List.of(list).subList(0, Math.min(6, list.length)));
    }

    @Benchmark
    public List<JobMatch> search(Cursor cursor) {
        String query = list[cursor.next];
        cursor.next = cursor.next + 1 == list.length ? 0 : cursor.next + 1;
        return search.search(query, 10);
    }

    static List<String> queries(List<JobTitle> titles, String kind) {
        Random random = new Random(20_251_128L);
        List<JobTitle> appellations = titles.stream().filter(t -> !t.occupationLabel()).toList();
        List<String> full = new ArrayList<>();
        List<String> prefix = new ArrayList<>();
        List<String> typo = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        while (full.size() < PER_KIND) {
            full.add(pick(appellations, random).label());
        }
        while (prefix.size() < PER_KIND) {
            String word = fold(pick(appellations, random).label()).split("[ '/-]")[0];
            if (word.length() >= 3) {
                prefix.add(word.substring(0, Math.min(word.length(), 3 + random.nextInt(6))));
            }
        }
        while (typo.size() < PER_KIND) {
            String[] words = fold(gendered(pick(appellations, random).label(), random)).split(" ");
            int at = random.nextInt(Math.min(words.length, 3));
            if (words[at].length() >= 5) {
                words[at] = typo(words[at], random);
                typo.add(String.join(" ", List.of(words).subList(0, Math.min(words.length, 3))));
            }
        }
        while (folded.size() < PER_KIND) {
            folded.add(fold(gendered(pick(appellations, random).label(), random)));
        }
        return switch (kind) {
            case "full" -> full;
            case "prefix" -> prefix;
            case "typo" -> typo;
            case "folded" -> folded;
            case "examples" -> EXAMPLES;
            case "mix" -> {
                List<String> mix = new ArrayList<>(EXAMPLES);
                mix.addAll(full);
                mix.addAll(prefix);
                mix.addAll(typo);
                mix.addAll(folded);
                Collections.shuffle(mix, random);
                yield mix;
            }
            default -> throw new IllegalArgumentException("unknown query list " + kind);
        };
    }

    private static JobTitle pick(List<JobTitle> titles, Random random) {
        return titles.get(random.nextInt(titles.size()));
    }

    /** "Hôte / Hôtesse de caisse" → "Hôte de caisse" or "Hôtesse de caisse", as people type them. */
    private static String gendered(String label, Random random) {
        int slash = label.indexOf(" / ");
        if (slash < 0) {
            return label;
        }
        String masculine = label.substring(0, slash);
        String rest = label.substring(slash + 3);
        int words = masculine.split(" ").length;
        String[] restWords = rest.split(" ");
        String tail = restWords.length > words ? String.join(" ", List.of(restWords).subList(words, restWords.length)) : "";
        String head = random.nextBoolean() ? masculine
                : String.join(" ", List.of(restWords).subList(0, Math.min(words, restWords.length)));
        return tail.isEmpty() ? head : head + " " + tail;
    }

    /** One slip of the finger inside the word: two letters swapped, one dropped, doubled or replaced. */
    private static String typo(String word, Random random) {
        int at = 1 + random.nextInt(word.length() - 2);
        StringBuilder b = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> {
                char c = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, c);
            }
            case 1 -> b.deleteCharAt(at);
            case 2 -> b.insert(at, b.charAt(at));
            default -> b.setCharAt(at, (char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
