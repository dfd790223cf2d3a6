package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code path} command on a home seeded with the samples: the JSON contract, read-aloud text, bad input. */
class PathCommandTest {
    private static Path home;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void seed() throws IOException {
        home = Files.createTempDirectory("passerelle-path-cli");
        assertEquals(0, run("status").exit());
        assertEquals(0, run("jobs", "caisse").exit()); // seeds the samples
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = PasserelleCommand.run(h -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void julietteJsonHoldsTheContract() throws Exception {
        Run run = run("path", "--profile", "data-samples/personas/juliette.json", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode profile = root.get("profile");
        assertEquals("D1505", profile.get("rome").asText());
        assertEquals("59350", profile.get("commune").asText());
        assertEquals(30, profile.get("radiusKm").asInt());
        assertEquals("aucun", profile.get("level").asText());
        assertEquals(500, profile.get("cpfEuros").asInt());
        assertEquals(0, profile.get("budgetEuros").asInt());
        assertEquals(false, profile.get("remote").asBoolean());
        assertTrue(profile.has("maxHours"));
        JsonNode occupations = root.get("occupations");
        assertTrue(occupations.size() >= 3);
        for (JsonNode o : occupations) {
            for (String field : new String[] {"rome", "label", "score", "reasons", "demand", "trainings", "companies", "scoreDetail",
                    "horizon", "horizonReason", "regulated", "access"}) {
                assertTrue(o.has(field), field + " missing in " + o.get("rome"));
            }
            assertTrue(java.util.Set.of("now", "short", "long").contains(o.get("horizon").asText()), o.get("horizon").toString());
            assertTrue(o.get("regulated").isBoolean());
            assertEquals(o.get("horizon").asText().equals("now"), o.get("noTrainingNeeded").asBoolean());
            assertTrue(o.get("reasons").size() > 0);
            assertTrue(o.get("reasons").get(0).has("rule") && o.get("reasons").get(0).has("data"));
            for (JsonNode t : o.get("trainings")) {
                for (String field : new String[] {"title", "hours", "costEuros", "remainingEuros", "start", "commune", "distanceKm", "remote"}) {
                    assertTrue(t.has(field), field + " missing in a training of " + o.get("rome"));
                }
            }
            for (JsonNode c : o.get("companies")) {
                for (String field : new String[] {"name", "commune", "distanceKm", "hiringScore"}) {
                    assertTrue(c.has(field), field + " missing in a company of " + o.get("rome"));
                }
                assertTrue(c.get("distanceKm").asDouble() <= 30.0);
            }
        }
        assertTrue(root.has("rescue") && root.get("rescue").isArray());
        assertTrue(root.get("dataAsOf").get("market.tension").asText().startsWith("2021, importé le "), root.get("dataAsOf").toString());
    }

    @Test
    void plainOutputReadsAloudInFrench() {
        Run run = run("path", "--job", "hôtesse de caisse", "--commune", "59000", "--limit", "3");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Parcours pour un·e Hôte / Hôtesse de caisse (D1505), Lille (59), rayon 30 km"), run.out());
        assertTrue(run.out().contains("TOUT DE SUITE — sans formation obligatoire\n\n1. Employé / Employée de rayon libre-service (D1507)"),
                run.out());
        assertTrue(run.out().contains("   → Tout de suite : mobilité proche vers un métier non réglementé"), run.out());
        assertTrue(run.out().contains("d'offres par demandeur d'emploi"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid ROME code    | --rome X12 --commune Lille                          | code ROME : « X12 » n'est pas un code ROME
            unknown ROME code    | --rome Z9999 --commune Lille                        | code ROME : Z9999 n'est pas dans le référentiel ROME 4 du cache
            negative radius      | --rome D1505 --commune Lille --radius -5            | rayon : -5 km n'est pas possible
            negative CPF         | --rome D1505 --commune Lille --cpf -10              | solde CPF : un montant négatif (-10 €) n'est pas possible
            negative budget      | --rome D1505 --commune Lille --budget -1            | budget : un montant négatif (-1 €) n'est pas possible
            unknown level        | --rome D1505 --commune Lille --level licencié       | niveau : « licencié » est inconnu
            zero max hours       | --rome D1505 --commune Lille --max-hours 0          | durée maximale : 0 h n'est pas possible
            unknown job          | --job astronaute --commune Lille                    | métier : aucun intitulé ne correspond à « astronaute »
            no job at all        | --commune Lille                                     | métier : indiquez l'intitulé (--job) ou le code ROME (--rome)
            unknown commune      | --rome D1505 --commune Marseille                    | commune : « Marseille » n'est dans aucun jeu de données du cache
            both job and rome    | --rome D1505 --job caissier --commune Lille         | métier : donnez --job ou --rome, pas les deux
            """)
    void badInputExitsTwoWithTheFieldNamed(String name, String args, String expected) {
        Run run = run(("path " + args).split(" "));
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.err().startsWith("passerelle path: " + expected), run.err());
    }

    @Test
    void aMisspelledCommuneGetsSuggestions() {
        Run run = run("path", "--rome", "D1505", "--commune", "Lile");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("59350 Lille (59)"), run.err());
    }

    @Test
    void anAmbiguousJobGetsSuggestions() {
        Run run = run("path", "--job", "vendeur", "--commune", "Lille");
        assertEquals(2, run.exit(), run.out());
        assertTrue(run.err().startsWith("passerelle path: métier : « vendeur » est ambigu"), run.err());
        assertTrue(run.err().contains("D1106") || run.err().contains("D1214") || run.err().contains("D1211"), run.err());
    }

    @Test
    void aBrokenPersonaFileNamesTheField() throws IOException {
        Path persona = Files.writeString(home.resolve("persona.json"), "{\"rome\": \"D1505\", \"commune\": \"Lille\", \"radius\": 30}");
        Run run = run("path", "--profile", persona.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("passerelle path: persona.json : champ inconnu « radius »"), run.err());
    }
}
