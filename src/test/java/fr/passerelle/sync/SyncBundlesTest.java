package fr.passerelle.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.TrainingBundlesTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The sync's words (engine/words/sync.properties, sync_en.properties): every key used by the
 * code (same keys and placeholders in both languages, no key shared: MessageBundlesParityTest),
 * the French pieces equal to the French formats the sync printed before (FrenchDates, FrenchCounts, the figure rules'
 * labels), and refusals said in natural English.
 */
class SyncBundlesTest {
    private static final Pattern KEY_LITERAL = Pattern.compile("\"(sync\\.[a-zA-Z.]+)\"");


    /** Every key is written in the code (sync, the window's sync, the commands) or is a figure rule's name. */
    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String folder : List.of("src/main/java/fr/passerelle/sync", "src/main/java/fr/passerelle/ui/sync")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    Matcher m = KEY_LITERAL.matcher(read(f));
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                });
            }
        }
        SanityRules.FIGURES.forEach(rule -> used.add("sync.figure." + rule.figure()));
        Set<String> unused = new TreeSet<>(TrainingBundlesTest.file("sync.properties").stringPropertyNames());
        unused.removeAll(used);
        // (A key the code says that the files lack throws when rendered: the behaviour tests would show it.)
        assertEquals(Set.of(), unused, "keys no code says");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFrenchNameOfEachKeyFigureIsItsRulesLabel() {
        for (FigureRule rule : SanityRules.FIGURES) {
            assertEquals(rule.label(), MessageRenderer.french().render(Message.of("sync.figure." + rule.figure())));
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-12-01T08:05:00Z", "2026-07-14T22:59:59Z", "2027-01-09T11:30:00Z"})
    void datesAndAgesInFrenchAreWhatTheSyncPrintedBefore(String at) {
        Instant instant = Instant.parse(at);
        MessageRenderer fr = MessageRenderer.french();
        assertEquals(FrenchDates.dateTime(instant), fr.render(SyncWords.dateTime(instant)));
        for (long seconds : new long[] {0, 59, 60, 61 * 60, 3600, 7200, 86_399, 86_400, 3 * 86_400, 1234 * 86_400L}) {
            assertEquals(FrenchDates.age(instant, instant.plusSeconds(seconds)),
                    fr.render(SyncWords.age(instant, instant.plusSeconds(seconds))), seconds + " s");
        }
        assertEquals(FrenchDates.dateTime(null), fr.render(SyncWords.dateTime(null)));
    }

    @ParameterizedTest
    @CsvSource({"0", "4.1", "4.15", "10.000000000000002", "99.94", "100.4", "1253.6", "13120"})
    void figuresInFrenchAreWhatTheSyncPrintedBefore(double x) {
        assertEquals(FrenchCounts.decimal(x), MessageRenderer.french().format(SyncWords.figure(x)));
    }

    @Test
    void datesAndAgesInEnglish() {
        MessageRenderer en = MessageRenderer.english();
        Instant at = Instant.parse("2026-12-01T08:05:00Z");
        assertEquals("1 December 2026 at 9:05", en.render(SyncWords.dateTime(at)));
        assertEquals("never", en.render(SyncWords.dateTime(null)));
        assertEquals("just now", en.render(SyncWords.age(at, at.plusSeconds(30))));
        assertEquals("1 minute ago", en.render(SyncWords.age(at, at.plusSeconds(60))));
        assertEquals("2 hours ago", en.render(SyncWords.age(at, at.plusSeconds(7200))));
        assertEquals("1,234 days ago", en.render(SyncWords.age(at, at.plusSeconds(1234 * 86_400L))));
    }

    private static BundleManifest.BundleFile file(long lines) {
        String sha = "a".repeat(64);
        return new BundleManifest.BundleFile("naf_labels.csv", "lbb.naf", "", "Libellés NAF", "1", sha, lines * 20, lines, sha, 100,
                "x.gz");
    }

    @Test
    void aLineCountRefusalInBothLanguages() {
        Message why = SanityRules.standard().refusal(file(48), 101L).orElseThrow();
        assertEquals("saut invraisemblable : 48 lignes au lieu de 101 (×0,48 ; accepté entre ×0,50 et ×2,00)",
                MessageRenderer.french().render(why));
        assertEquals("implausible jump: 48 lines instead of 101 (×0.48; accepted between ×0.50 and ×2.00)",
                MessageRenderer.english().render(why));
        assertEquals("empty file: it would empty the dataset it replaces",
                MessageRenderer.english().render(SanityRules.standard().refusal(file(0), null).orElseThrow()));
    }

    @Test
    void keyFigureRefusalsInBothLanguages() {
        KeyFigures old = new KeyFigures(Map.of(KeyFigures.OFFERS_PER_AREA, 120.0, KeyFigures.SIRETS_PLACED, 96.5,
                KeyFigures.OFFERS, 13_120.0), Set.of(), Map.of());
        KeyFigures now = new KeyFigures(Map.of(KeyFigures.OFFERS_PER_AREA, 1_253.6, KeyFigures.SIRETS_PLACED, 40.2,
                KeyFigures.OFFERS, 1_000.0), Set.of(), Map.of());
        List<Message> why = SanityRules.standard().figureRefusals(old, now);
        assertEquals(List.of("offres moyennes par zone : 1 254 au lieu de 120 (×10,45 ; accepté entre ×0,50 et ×2,00)",
                "part des établissements géolocalisés : 40,2 % au lieu de 96,5 % (baisse de plus de 20 points)",
                "offres d'emploi : 1 000 au lieu de 13 120 (×0,08 ; accepté à partir de ×0,10)"),
                SanityRules.standard().checkFigures(old, now));
        assertEquals(List.of("average offers per area: 1,254 instead of 120 (×10.45; accepted between ×0.50 and ×2.00)",
                "share of establishments with coordinates: 40.2% instead of 96.5% (a drop of more than 20 points)",
                "job offers: 1,000 instead of 13,120 (×0.08; accepted from ×0.10 up)"),
                why.stream().map(MessageRenderer.english()::render).toList());
    }

    @Test
    void aNetworkCauseIsSaidInEnglishWithTheTechnicalTextKept() {
        Message cut = HttpCalls.network(new java.net.ConnectException("Connection refused"));
        assertEquals("connection refused (is the server stopped?) [ConnectException: Connection refused]",
                MessageRenderer.english().render(cut));
        assertEquals("connexion refusée (serveur arrêté ?) [ConnectException : Connection refused]", HttpCalls.describe(
                new java.net.ConnectException("Connection refused")));
        assertEquals("no answer in time [SocketTimeoutException]",
                MessageRenderer.english().render(HttpCalls.network(new java.net.SocketTimeoutException())));
    }

    @Test
    void aManifestEntryRefusedIsSaidInEnglish() {
        SyncException e = org.junit.jupiter.api.Assertions.assertThrows(SyncException.class, () -> ManifestJson.read(("""
                {"format":"passerelle.bundle/1","version":"v","createdAt":"2026-12-01T08:00:00Z","files":[{"name":"../x.csv",
                "kind":"k","sha256":"%s","gzipSha256":"%s","bytes":1,"lines":1,"gzipBytes":1,"url":"x"}]}
                """).formatted("b".repeat(64), "b".repeat(64)).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("manifeste : files[0] : nom de fichier refusé : « ../x.csv »", e.getMessage());
        assertEquals("manifest: files[0]: file name refused: \"../x.csv\"", e.text(MessageRenderer.english()));
        assertTrue(new SyncException("texte libre").text(MessageRenderer.english()).equals("texte libre"),
                "a text written as plain French stays as written");
    }
}
