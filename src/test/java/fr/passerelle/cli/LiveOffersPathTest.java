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

/**
 * The live offers of Juliette's path on the bundled samples (data-samples/job_offers/offres_emploi_v2_20261201_...):
 * the JSON contract {@code occupations[].liveOffers} and the line of the text.
 */
class LiveOffersPathTest {
    private static Path home;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void seed() throws IOException {
        home = Files.createTempDirectory("passerelle-offers-cli");
        assertEquals(0, run("status").exit());
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

    private static JsonNode occupation(JsonNode root, String rome) {
        for (JsonNode o : root.get("occupations")) {
            if (o.get("rome").asText().equals(rome)) {
                return o;
            }
        }
        throw new AssertionError(rome + " not in the path");
    }

    @Test
    void theJsonGivesTheCountTheFetchDayAndTheLatestOffersOfEachTarget() throws Exception {
        Run run = run("path", "--profile", "data-samples/personas/juliette.json", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        JsonNode shelf = occupation(root, "D1507").get("liveOffers");
        // Lille, Villeneuve-d'Ascq, Armentières (no coordinates: its commune's centre) are within 30 km; Arras is not;
        // the August offer is not live; the offer without a place is apart.
        assertEquals(3, shelf.get("count").asInt());
        assertEquals(1, shelf.get("unplaced").asInt());
        assertEquals("2026-12-01", shelf.get("fetchedOn").asText());
        JsonNode first = shelf.get("latest").get(0);
        assertEquals("Employé de rayon libre-service (H/F)", first.get("title").asText());
        assertEquals("Supermarché des Weppes (fictif)", first.get("employer").asText());
        assertEquals("Lille", first.get("commune").asText());
        assertEquals("2026-11-28", first.get("date").asText());
        assertEquals("Contrat à durée indéterminée", first.get("contract").asText());
        assertTrue(shelf.get("latest").get(1).get("employer").isNull(), "an offer without employer says null, not a guess");
        assertEquals("Armentières", shelf.get("latest").get(2).get("commune").asText());
        JsonNode buyer = occupation(root, "M1101").get("liveOffers");
        assertEquals(0, buyer.get("count").asInt());
        assertEquals(0, buyer.get("latest").size());
        for (JsonNode o : root.get("occupations")) {
            assertTrue(o.get("liveOffers").get("latest").size() <= 3, o.get("rome").asText());
        }
    }

    @Test
    void theTextSaysHowManyOffersAreNearHerWithTheFetchDay() {
        Run run = run("path", "--profile", "data-samples/personas/juliette.json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("""
                   3 offres en ligne à moins de 30 km, 1 autre au lieu non précisé (relevées le 1er décembre 2026) :
                     - Employé de rayon libre-service (H/F) — Supermarché des Weppes (fictif), Lille, 28 novembre 2026, Contrat à durée indéterminée
                     - Employée de libre-service rayon frais (H/F) — Villeneuve-d'Ascq, 25 novembre 2026, Contrat à durée déterminée - 6 Mois
                """), run.out());
        assertTrue(run.out().contains("   Aucune offre en ligne à moins de 30 km (relevées le 1er décembre 2026)\n"), run.out());
    }
}
