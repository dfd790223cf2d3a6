package fr.passerelle.engine;

import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.result.Horizon;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The counsellor judgements of {@code evaluation/counsellor-judgements.json} (written before the engine was run on
 * them) checked on the real national data: prints a table of what holds, asserts that at least {@link #MIN_SHARE} of
 * the judgements hold and that the hard rules hold on every path ({@link PathHardRules}). Skipped without
 * {@code ../shared/data}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CounsellorEvaluationTest {
    /** Share of the judgements that must hold: a few may fail, reported honestly, but the engine must mostly agree. */
    static final double MIN_SHARE = 0.8;
    /**
     * Mean reciprocal rank, within "now", of the first of the counsellor's immediate picks: 1 when one of them always
     * comes first, 0.5 when second. The ranking within a horizon is what the weights decide.
     */
    static final double MIN_MRR = 0.75;
    /** Occupations a counsellor reads per horizon (the CLI's default --limit). */
    static final int SHOWN = 5;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    /** One judgement and whether it held, with what the engine did. */
    record Outcome(String profile, String kind, String expected, String actual, boolean holds, String why) {
    }

    private final Map<String, PathResult> paths = new LinkedHashMap<>();
    private final Map<String, JobSeekerProfile> profiles = new LinkedHashMap<>();
    private JsonNode judgements;
    private PathEngine engine;

    @BeforeAll
    void computePaths() throws Exception {
        engine = RealDataWorkstation.get().pathEngine();
        try (InputStream in = getClass().getResourceAsStream("evaluation/counsellor-judgements.json")) {
            judgements = new ObjectMapper().readTree(in);
        }
        for (JsonNode p : judgements.get("profiles")) {
            JobSeekerProfile profile = new JobSeekerProfile(new RomeCode(p.get("rome").asText()), new InseeCode(p.get("commune").asText()),
                    p.get("radiusKm").asInt(), EducationLevel.parse(p.get("level").asText()).orElseThrow(), null, 0, 0, false);
            profiles.put(p.get("id").asText(), profile);
            paths.put(p.get("id").asText(), engine.compute(profile, 1_000, TODAY));
        }
    }

    @Test
    void enoughCounsellorJudgementsHold() {
        List<Outcome> outcomes = new ArrayList<>();
        for (JsonNode p : judgements.get("profiles")) {
            PathResult path = paths.get(p.get("id").asText());
            for (JsonNode j : p.get("judgements")) {
                outcomes.add(judge(p.get("id").asText(), path, j));
            }
        }
        long held = outcomes.stream().filter(Outcome::holds).count();
        System.out.println(table(outcomes));
        System.out.printf(Locale.FRANCE, "%d jugements sur %d tiennent (%.0f %%), seuil %.0f %%%n", held, outcomes.size(),
                100.0 * held / outcomes.size(), 100 * MIN_SHARE);
        assertTrue(held >= MIN_SHARE * outcomes.size(), held + " / " + outcomes.size() + " judgements hold:\n" + table(outcomes));
    }

    @Test
    void theCounsellorsImmediatePicksComeFirstWithinNow() {
        double sum = 0;
        int count = 0;
        for (JsonNode p : judgements.get("profiles")) {
            for (JsonNode j : p.get("judgements")) {
                if (j.get("kind").asText().equals("now")) {
                    sum += reciprocalRank(paths.get(p.get("id").asText()), codes(j.get("anyOf")));
                    count++;
                }
            }
        }
        double mrr = sum / count;
        System.out.printf(Locale.FRANCE, "rang réciproque moyen des choix immédiats du conseiller dans « now » : %.3f (seuil %.2f)%n", mrr,
                MIN_MRR);
        assertTrue(mrr >= MIN_MRR, "MRR " + mrr);
    }

    static double reciprocalRank(PathResult path, List<String> picks) {
        List<TargetOccupation> now = path.occupations().stream().filter(t -> t.horizon() == Horizon.NOW).toList();
        for (int i = 0; i < now.size(); i++) {
            if (picks.contains(now.get(i).rome())) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    @Test
    void hardRulesHoldOnEveryPath() {
        List<String> broken = new ArrayList<>();
        paths.forEach((id, path) -> broken.addAll(PathHardRules.check(id, path, profiles.get(id), engine.index())));
        assertTrue(broken.isEmpty(), String.join("\n", broken));
    }

    static Outcome judge(String profile, PathResult path, JsonNode j) {
        String kind = j.get("kind").asText();
        String why = j.get("why").asText();
        List<TargetOccupation> all = path.occupations();
        switch (kind) {
            case "now" -> {
                List<String> codes = codes(j.get("anyOf"));
                List<TargetOccupation> now = all.stream().filter(t -> t.horizon() == Horizon.NOW).toList();
                List<TargetOccupation> shown = now.subList(0, Math.min(SHOWN, now.size()));
                boolean holds = shown.stream().anyMatch(t -> codes.contains(t.rome()));
                return new Outcome(profile, kind, "un de " + codes + " parmi les " + SHOWN + " premiers « now »",
                        "now : " + shown.stream().map(TargetOccupation::rome).toList() + describe(all, codes), holds, why);
            }
            case "notNow" -> {
                List<String> codes = codes(j.get("roms"));
                List<String> wrong = all.stream().filter(t -> t.horizon() == Horizon.NOW && codes.contains(t.rome()))
                        .map(TargetOccupation::rome).toList();
                return new Outcome(profile, kind, "aucun de " + codes + " en « now »", wrong.isEmpty() ? "aucun" + describe(all, codes)
                        : "en now : " + wrong, wrong.isEmpty(), why);
            }
            case "horizon" -> {
                String rome = j.get("rome").asText();
                String expected = j.get("horizon").asText();
                TargetOccupation t = find(all, rome);
                return new Outcome(profile, kind, rome + " en « " + expected + " »", t == null ? "absent" : t.horizon().key(),
                        t != null && t.horizon().key().equals(expected), why);
            }
            case "regulated" -> {
                String rome = j.get("rome").asText();
                TargetOccupation t = find(all, rome);
                boolean named = t != null && (t.access().requirement() != null || !t.access().romeText().isEmpty());
                boolean holds = t != null && t.regulated() && named && !t.noTrainingNeeded();
                return new Outcome(profile, kind, rome + " réglementé, titre nommé", t == null ? "absent"
                        : (t.regulated() ? "réglementé" : "non réglementé") + (named ? ", titre nommé" : ", rien sur le titre")
                        + ", " + t.horizon().key(), holds, why);
            }
            case "notFirst" -> {
                List<String> codes = codes(j.get("anyOf"));
                String first = all.isEmpty() ? "aucun" : all.get(0).rome();
                return new Outcome(profile, kind, "premier ∉ " + codes, "premier : " + first, !codes.contains(first), why);
            }
            default -> throw new IllegalArgumentException("unknown judgement kind " + kind);
        }
    }

    private static String describe(List<TargetOccupation> all, List<String> codes) {
        List<String> where = new ArrayList<>();
        for (String code : codes) {
            TargetOccupation t = find(all, code);
            where.add(code + "=" + (t == null ? "absent" : t.horizon().key()));
        }
        return " (" + String.join(", ", where) + ")";
    }

    private static TargetOccupation find(List<TargetOccupation> all, String rome) {
        return all.stream().filter(t -> t.rome().equals(rome)).findFirst().orElse(null);
    }

    private static List<String> codes(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static String table(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder(String.format("%-34s %-10s %-4s %-60s %s%n", "profil", "jugement", "ok", "attendu", "obtenu"));
        for (Outcome o : outcomes) {
            out.append(String.format("%-34s %-10s %-4s %-60s %s%n", o.profile(), o.kind(), o.holds() ? "oui" : "NON", o.expected(),
                    o.actual()));
        }
        return out.toString();
    }
}
