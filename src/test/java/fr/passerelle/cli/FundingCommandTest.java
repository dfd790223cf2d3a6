package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The {@code funding} command and the funding of {@code path --json}: JSON contract, French text, bad input. */
class FundingCommandTest {
    private static Path home;

    record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void seed() throws IOException {
        home = Files.createTempDirectory("passerelle-funding-cli");
        assertEquals(0, run("jobs", "caisse").exit()); // seeds the samples
    }

    static Run run(Path home, String... args) {
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

    private static Run run(String... args) {
        return run(home, args);
    }

    @Test
    void jsonHoldsTheContractForTheRegionFundedSession() throws Exception {
        Run run = run("funding", "--profile", "data-samples/personas/juliette.json", "--training", "EX_SE_0042",
                "--on", "2026-11-30", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        for (String field : new String[] {"schemes", "certainRemainingEuros", "possibleRemainingEuros", "participationEuros",
                "pay", "questions", "rulesVersion"}) {
            assertTrue(root.has(field), field);
        }
        assertEquals("2026-11-30", root.get("rulesVersion").asText());
        assertEquals(0, root.get("certainRemainingEuros").asInt());
        JsonNode schemes = root.get("schemes");
        assertEquals(8, schemes.size());
        JsonNode collective = schemes.get(0);
        assertEquals("achat_collectif", collective.get("id").asText());
        assertEquals("certain", collective.get("status").asText());
        assertEquals(4600, collective.get("amountEuros").asInt());
        for (String field : new String[] {"id", "label", "status", "amountEuros", "conditions", "source", "validFrom", "validTo"}) {
            assertTrue(collective.has(field), field);
        }
        JsonNode condition = collective.get("conditions").get(0);
        assertEquals("de", condition.get("value").asText());
        assertTrue(condition.get("met").asBoolean());
        JsonNode pay = root.get("pay");
        assertEquals("rfft", pay.get("scheme").asText());
        assertEquals(528, pay.get("monthlyEuros").asInt());
        assertTrue(pay.get("source").asText().contains("2024"));
    }

    @Test
    void typedSessionForAnEmployeeCountsTheParticipation() throws Exception {
        Run run = run("funding", "--status", "salarie", "--age", "40", "--cpf", "2000", "--hours", "30", "--cost", "1500",
                "--funders", "10", "--cpf-eligible", "--on", "2026-03-01", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals(103.2, root.get("participationEuros").asDouble(), 1e-9);
        assertEquals(103.2, root.get("certainRemainingEuros").asDouble(), 1e-9);
        assertTrue(root.get("questions").toString().contains("abonde"), "the employer top-up is asked");
    }

    @Test
    void unknownPriceLeavesEveryAmountUnknown() throws Exception {
        Run run = run("funding", "--profile", "data-samples/personas/karim.json", "--training", "EX_SE_0046", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertTrue(root.get("certainRemainingEuros").isNull());
        assertTrue(root.get("possibleRemainingEuros").isNull());
        root.get("schemes").forEach(s -> assertTrue(s.get("amountEuros").isNull(), s.get("id").asText()));
        assertEquals("aref", root.get("pay").get("scheme").asText(), "Karim receives the ARE");
    }

    @Test
    void plainOutputReadsAloudInFrench() {
        Run run = run("funding", "--profile", "data-samples/personas/juliette.json", "--training", "EX_SE_0015", "--on", "2026-11-30");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("CACES R489 catégorie 3"), out);
        assertTrue(out.contains("Au 30 novembre 2026, règles de financement 2026-11-30, prix 990 €"), out);
        assertTrue(out.contains("• Compte personnel de formation (CPF) : acquis — 500 €"), out);
        assertTrue(out.contains("• Aide individuelle à la formation (AIF, France Travail) : possible — jusqu'à 490 €"), out);
        assertTrue(out.contains("Reste à payer : 490 € à coup sûr, 0 € si les aides possibles sont accordées."), out);
        assertTrue(out.contains("environ 528 € par mois (montant au 1er avril 2024)"), out);
        assertTrue(out.contains("Questions à poser :"), out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative cost           | --status de --hours 35 --cost -10                     | --cost : un montant négatif (-10 €) n'est pas possible
            cost not a number       | --status de --hours 35 --cost beaucoup                | --cost : « beaucoup » n'est pas un montant en euros
            unknown funder code     | --status de --hours 35 --cost 990 --funders 2,42      | --funders : code financeur 42 inconnu
            funder not a code       | --status de --hours 35 --cost 990 --funders région    | --funders : « région » n'est pas un code financeur
            date that is not one    | --status de --hours 35 --cost 990 --on 2026-13-01     | --on : « 2026-13-01 » n'est pas une date
            start that is not one   | --status de --hours 35 --cost 990 --start demain      | --start : « demain » n'est pas une date
            end before start        | --status de --hours 35 --cost 990 --start 2027-02-01 --end 2027-01-01 | --end : 1er janvier 2027 est avant le début
            allocation end bad date | --status de --allocation are --allocation-end 31/12/2027 --hours 35 --cost 990 | fin d'allocation : « 31/12/2027 » n'est pas une date
            negative CPF            | --status de --cpf -5 --hours 35 --cost 990            | --cpf : un montant négatif (-5 €) n'est pas possible
            unknown status          | --status chomeur --hours 35 --cost 990                | statut : « chomeur » est inconnu
            unknown allocation      | --status de --allocation chomage --hours 35 --cost 990 | allocation : « chomage » est inconnue
            age out of range        | --status de --age 7 --hours 35 --cost 990             | âge : 7 ans n'est pas possible
            no status nor profile   | --hours 35 --cost 990                                 | statut : donnez --profile FILE ou --status
            no training             | --status de                                           | formation : donnez --training ID, ou --hours N et --cost EUROS
            unknown training        | --status de --training EX_SE_9999                     | --training : session « EX_SE_9999 » introuvable
            zero hours              | --status de --hours 0 --cost 990                      | --hours : 0 h n'est pas possible
            """)
    void badInputExitsTwoNamingTheField(String name, String args, String expected) {
        Run run = run(("funding " + args).split(" "));
        assertEquals(2, run.exit(), name + ": " + run.out() + run.err());
        assertTrue(run.err().startsWith("passerelle funding: " + expected), name + ": " + run.err());
    }

    @Test
    void everyTrainingOfThePathCarriesItsFundingAndTheCertainRemainder() throws Exception {
        Run run = run("path", "--profile", "data-samples/personas/juliette.json", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertEquals("de", root.get("profile").get("status").asText());
        assertEquals(20, root.get("profile").get("age").asInt());
        int seen = 0;
        for (JsonNode o : root.get("occupations")) {
            for (JsonNode t : o.get("trainings")) {
                JsonNode f = t.get("funding");
                assertTrue(f != null && f.has("schemes") && f.has("certainRemainingEuros") && f.has("possibleRemainingEuros"), t.toString());
                assertEquals(f.get("certainRemainingEuros"), t.get("remainingEuros"), "remainingEuros is the certain remainder");
                seen++;
            }
        }
        assertTrue(seen > 0);
    }

    @Test
    void pathTextSaysWhoPaysForEachTraining() {
        Run run = run("path", "--profile", "data-samples/personas/juliette.json", "--limit", "1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("4 600 €, reste à payer 0 €"), run.out());
        assertTrue(run.out().contains("Qui paie : achat collectif de places 4 600 €."), run.out());
        assertTrue(run.out().contains("Pendant la formation : Rémunération des formations de France Travail (RFFT), environ 528 € par mois"), run.out());
        assertFalse(run.out().contains("reste à payer 4 100 €"), "the issue's misleading figure is gone");
    }
}
