package fr.passerelle.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.app.PathRequest;
import fr.passerelle.app.ProfileResolver;
import fr.passerelle.app.Workstation;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the engine on the four sample personas (several radii, remote or not) and on the hand-made small world (every
 * level: regulated, long, short, ROME 3 and connexe links), and says every reason in French and English: every reason
 * has a key, every key exists in both files, the French is the text the JSON carries, and the English keeps no French
 * word of ours (names from the data, such as an occupation's label, are masked before looking).
 */
class ReasonsInBothLanguagesTest {
    /** French words that would betray an untranslated sentence ("département" is kept in English on purpose). */
    private static final List<String> FRENCH_MARKERS = List.of(" de ", " du ", " des ", " le ", " la ", " les ", " à ", " et ",
            " en ", " sur ", " ou ", "métier", "formation", "compétence", "savoir", "entreprise", "niveau", "bassin",
            "réglementé", "mois", "tout de suite", "rang", "aucun", "diplôme", "emploi", "fiche", "projet", "offres", "région",
            "connexe", "inconnue", "moins", "national", "à distance");

    private static List<PathResult> paths() throws Exception {
        List<PathResult> out = new ArrayList<>();
        Workstation w = SampleWorkstation.get();
        ProfileResolver resolver = new ProfileResolver(w.jobSearch(), w.pathEngine().index());
        try (Stream<Path> personas = Files.list(Path.of("data-samples/personas"))) {
            for (Path persona : personas.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JobSeekerProfile profile = resolver.resolve(PathRequest.fromFile(persona));
                for (int km : new int[] {5, 30, 60}) {
                    out.add(w.pathEngine().compute(profile.withRadius(km), 20, SmallWorld.TODAY));
                    out.add(w.pathEngine().compute(profile.withRadius(km).withRemote(!profile.remote()), 20, SmallWorld.TODAY));
                }
            }
        }
        PathEngine small = SmallWorld.engine();
        for (EducationLevel level : EducationLevel.values()) {
            for (int km : new int[] {1, 30}) {
                out.add(small.compute(SmallWorld.cashier(level, km), 100, SmallWorld.TODAY));
                out.add(small.compute(SmallWorld.cashier(level, km).withRemote(true), 100, SmallWorld.TODAY));
            }
        }
        return out;
    }

    private static List<Reason> reasons(List<PathResult> paths) {
        List<Reason> out = new ArrayList<>();
        for (PathResult p : paths) {
            for (TargetOccupation t : p.occupations()) {
                out.add(t.horizonReason());
                out.addAll(t.reasons());
                // A company's why and the rescue's options are sentences of the engine too: walked as reasons.
                t.companies().forEach(c -> out.add(Reason.of("entreprise", CompanyOption.whyMessage(c.hiringScore(), c.estimated(),
                        c.nafCode(), c.distanceKm()), "", "")));
            }
            p.rescue().forEach(o -> out.add(new Reason("secours", o.description(), "", "", o.message())));
        }
        return out;
    }

    @Test
    void everyReasonIsSaidInBothLanguagesWithNoFrenchLeftInEnglish() throws Exception {
        List<Reason> reasons = reasons(paths());
        Set<String> used = new TreeSet<>();
        List<String> french = new ArrayList<>();
        for (Reason r : reasons) {
            assertNotNull(r.message(), "a reason without key: " + r.text());
            keys(r.message(), used);
            assertEquals(r.text(), MessageRenderer.french().render(r.message()), r.key());
            String english = MessageRenderer.english().render(r.message());
            assertNotEquals(r.text(), english, r.key());
            String masked = " " + MessageRenderer.english().render(masked(r.message())).toLowerCase(Locale.ROOT) + " ";
            for (String marker : FRENCH_MARKERS) {
                if (masked.contains(marker)) {
                    french.add(r.key() + " «" + marker.strip() + "»: " + masked.strip());
                }
            }
        }
        assertEquals(List.of(), french.stream().distinct().toList(), "French left in English");
        // The samples and the small world reach the engine's sentences; what they do not reach is listed here, so that
        // a new key nobody exercises shows up.
        Set<String> unreached = new TreeSet<>(bundleKeys());
        unreached.removeAll(used);
        // The horizons' names and meanings head the window's groups (HorizonText), checked below.
        unreached.removeIf(k -> k.startsWith("horizon.label") || k.startsWith("horizon.meaning.") || k.equals("horizon.header")
                || k.startsWith("offers.live.")); // the offers' count line, checked by LiveOfferWordsLanguageTest

        // demand.projects.atLeast (a BMO sum with masked cells) is said in both languages by MarketProjectsTest; rescue.more
        // (more close occupations than the limit) is checked from the files below; horizon.long.competition (a job entered by
        // competition, none in the small world) by CompetitionHorizonOnRealDataTest in both languages.
        assertEquals(Set.of("coverage.companies.none", "coverage.trainings.none", "date.unknown", "demand.projects.atLeast", "horizon.now.note",
                "horizon.long.competition",
                "horizon.regulated.held", "level.7", "level.8", "proximity.rome3.code", "rescue.more", "title.competition"), unreached);
    }

    /**
     * The sentences the samples do not reach are checked from the files: each English text, its parameters replaced by
     * "X" (and 2 for a choice), keeps no French word of ours.
     */
    @Test
    void noEnglishSentenceOfTheFileKeepsAFrenchWord() throws Exception {
        List<String> french = new ArrayList<>();
        for (String key : bundleKeys()) {
            String text = MessageRenderer.english().pattern(key).replaceAll("\\{\\d+\\?([^|}]*)\\|([^}]*)}", "$2")
                    .replaceAll("\\{\\d+}", "X");
            String padded = " " + text.toLowerCase(Locale.ROOT) + " ";
            FRENCH_MARKERS.stream().filter(padded::contains).forEach(m -> french.add(key + " «" + m.strip() + "»: " + text));
        }
        assertEquals(List.of(), french);
    }

    /** The window takes the horizon's name off the start of its reason: each reason starts with it, in both languages. */
    @Test
    void everyHorizonReasonStartsWithItsHorizonInBothLanguages() throws Exception {
        for (PathResult p : paths()) {
            for (TargetOccupation t : p.occupations()) {
                for (MessageRenderer in : List.of(MessageRenderer.french(), MessageRenderer.english())) {
                    String lead = in.render(Message.of("horizon.labelled", Param.of(Message.of("horizon.label." + t.horizon().key())),
                            Param.label("")));
                    assertTrue(t.horizonReason().text(in).startsWith(lead), lead + " | " + t.horizonReason().text(in));
                }
            }
        }
    }

    /** The message with every text from the data replaced by "X": what is left is ours. */
    private static Message masked(Message m) {
        List<Param> params = new ArrayList<>();
        for (Param p : m.params()) {
            if (p instanceof Param.Label) {
                params.add(Param.label("X"));
            } else if (p instanceof Param.Nested n) {
                params.add(Param.of(masked(n.message())));
            } else if (p instanceof Param.Joined j) {
                params.add(Param.joined(j.messages().stream().map(ReasonsInBothLanguagesTest::masked).toList()));
            } else {
                params.add(p);
            }
        }
        return new Message(m.key(), params);
    }

    private static void keys(Message m, Set<String> into) {
        into.add(m.key());
        for (Param p : m.params()) {
            if (p instanceof Param.Nested n) {
                keys(n.message(), into);
            } else if (p instanceof Param.Joined j) {
                j.messages().forEach(x -> keys(x, into));
                if (j.messages().size() > 1) {
                    into.add("list.separator");
                }
            } else if (p instanceof Param.Level l) {
                into.add("level." + Math.max(2, Math.min(8, l.framework())));
            }
        }
    }

    private static Set<String> bundleKeys() throws Exception {
        Properties p = new Properties();
        try (var in = MessageRenderer.class.getResourceAsStream("/fr/passerelle/engine/words/reasons.properties")) {
            assertTrue(in != null);
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
