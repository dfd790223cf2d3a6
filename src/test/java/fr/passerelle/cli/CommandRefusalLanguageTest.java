package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The own refusals and lines of {@code funding}, {@code plan} and {@code generate} on real input: the same mistake said
 * in French (the default, as it always was) and in English under {@code --lang en}, exit code 2 in both, nothing
 * written to standard output.
 */
class CommandRefusalLanguageTest {
    private static final String JULIETTE = "data-samples/personas/juliette.json";
    private static Path home;

    @TempDir
    Path out;

    @BeforeAll
    static void seed() throws IOException {
        home = Files.createTempDirectory("passerelle-refusal-lang");
        assertEquals(0, FundingCommandTest.run(home, "jobs", "caisse").exit()); // seeds the samples
    }

    private static FundingCommandTest.Run run(String lang, List<String> args) {
        List<String> all = new ArrayList<>(List.of("--lang", lang));
        all.addAll(args);
        return FundingCommandTest.run(home, all.toArray(String[]::new));
    }

    /** Both languages: exit 2, the first line of stderr starts with the expected text, standard output empty. */
    private static void refusedInBoth(List<String> args, String prefix, String french, String english) {
        for (String[] lang : new String[][] {{"fr", french}, {"en", english}}) {
            FundingCommandTest.Run run = run(lang[0], args);
            assertEquals(2, run.exit(), lang[0] + " " + args + ": " + run.err());
            assertTrue(run.err().startsWith(prefix + lang[1]), lang[0] + " " + args + "\nexpected: " + prefix + lang[1]
                    + "\nbut was:  " + run.err());
            assertEquals("", run.out());
        }
    }

    @ParameterizedTest(name = "funding {0}")
    @CsvSource(delimiter = '¦', textBlock = """
            --status de --hours 35 --cost -10                     ¦ --cost : un montant négatif (-10 €) n'est pas possible ¦ --cost: an amount cannot be negative (-10 euros)
            --status de --hours 35 --cost beaucoup                ¦ --cost : « beaucoup » n'est pas un montant en euros (ex. 990 ou 102,50) ¦ --cost: "beaucoup" is not an amount in euros (e.g. 990 or 102.50)
            --status de --hours 35 --cost 200000000               ¦ --cost : 200000000 € dépasse 100 millions d'euros ¦ --cost: 200000000 euros is more than 100 million euros
            --status de --hours 35 --cost 10.555                  ¦ --cost : 10.555 € a plus de deux décimales ¦ --cost: 10.555 euros has more than two decimal places
            --status de --hours 35 --cost 990 --funders 2,42      ¦ --funders : code financeur 42 inconnu (codes LHEO : 0 ¦ --funders: unknown funder code 42 (LHEO codes: 0
            --status de --hours 35 --cost 990 --funders région    ¦ --funders : « région » n'est pas un code financeur (ex. --funders 2,4,10) ¦ --funders: "région" is not a funder code (e.g. --funders 2,4,10)
            --status de --hours 35 --cost 990 --on 2026-13-01     ¦ --on : « 2026-13-01 » n'est pas une date (AAAA-MM-JJ, ex. 2027-01-11) ¦ --on: "2026-13-01" is not a date (YYYY-MM-DD, e.g. 2027-01-11)
            --status de --hours 35 --cost 990 --start 2027-02-01 --end 2027-01-01 ¦ --end : 1er janvier 2027 est avant le début (1er février 2027) ¦ --end: 1 January 2027 is before the start (1 February 2027)
            --hours 35 --cost 990                                 ¦ statut : donnez --profile FILE ou --status de|non-inscrit|salarie ¦ status: give --profile FILE or --status de|non-inscrit|salarie
            --status de                                           ¦ formation : donnez --training ID, ou --hours N et --cost EUROS ¦ training: give --training ID, or --hours N and --cost EUROS
            --status de --training EX_SE_0015 --hours 35          ¦ formation : --training ne va pas avec --hours, --cost, --funders ou --title ¦ training: --training cannot be combined with --hours, --cost, --funders or --title
            --status de --training EX_SE_9999                     ¦ --training : session « EX_SE_9999 » introuvable dans le cache (le champ session de path --json, ou le numéro LHEO de la session) ¦ --training: session "EX_SE_9999" not found in the cache (give the session field of path --json, or the session's LHEO number)
            --status de --hours 0 --cost 990                      ¦ --hours : 0 h n'est pas possible (de 1 à 10 000 h) ¦ --hours: 0 h is not possible (1 to 10,000 h)
            --status de --hours trois --cost 990                  ¦ --hours : « trois » n'est pas un nombre d'heures entier ¦ --hours: "trois" is not a whole number of hours
            --status de --age vieux --hours 35 --cost 990         ¦ --age : « vieux » n'est pas un âge en années ¦ --age: "vieux" is not an age in years
            --status de --level bac+9 --hours 35 --cost 990       ¦ niveau : « bac+9 » est inconnu (aucun, cap, bac, bac+2, bac+3, bac+5, bac+8) ¦ level: "bac+9" is not a known level (aucun, cap, bac, bac+2, bac+3, bac+5, bac+8)
            --status de --commune zzzzville --hours 35 --cost 990 ¦ --commune : « zzzzville » est inconnue du cache (donnez le code INSEE de la commune) ¦ --commune: "zzzzville" is not in the cache (give the commune's INSEE code)
            """)
    void fundingRefusesInTheRunsLanguage(String args, String french, String english) {
        refusedInBoth(List.of(("funding " + args.strip()).split(" +")), "passerelle funding: ", french.strip(), english.strip());
    }

    @Test
    void anAmbiguousCommuneKeepsItsSuggestionsInBothLanguages() {
        List<String> args = List.of("funding", "--status", "de", "--training-commune", "Saint", "--hours", "35", "--cost", "990");
        refusedInBoth(args, "passerelle funding: ", "--training-commune : « Saint » est ambiguë ; vouliez-vous dire :",
                "--training-commune: \"Saint\" is ambiguous; did you mean:");
        assertTrue(run("en", args).err().contains(System.lineSeparator() + "  59526 Saint-Amand-les-Eaux (59)"), run("en", args).err());
    }

    /** Juliette's persona file with one field changed (a JSON number or a string, as given). */
    private Path juliette(String field, String json) throws IOException {
        String text = Files.readString(Path.of(JULIETTE));
        String changed = text.replaceFirst("\"" + field + "\": [^,\\n]+", "\"" + field + "\": " + json);
        assertTrue(!changed.equals(text) || text.contains("\"" + field + "\": " + json), "field " + field + " in " + text);
        Path file = out.resolve("juliette-" + field + ".json");
        Files.writeString(file, changed);
        return file;
    }

    @Test
    void aCpfBalanceFromTheFileIsNamedInTheRunsLanguage() throws IOException {
        Path file = juliette("cpfEuros", "10.555");
        refusedInBoth(List.of("funding", "--profile", file.toString(), "--hours", "35", "--cost", "990"), "passerelle funding: ",
                "solde CPF : 10.555 € a plus de deux décimales", "CPF balance: 10.555 euros has more than two decimal places");
    }

    @Test
    void aPlanWithNoOccupationProposedSaysWhyInTheRunsLanguage() throws IOException {
        // F1602 (électricien du bâtiment): no close occupation in the sample data around Lille.
        Path file = juliette("job", "\"x\"");
        Files.writeString(file, Files.readString(file).replace("\"job\": \"x\"", "\"rome\": \"F1602\""));
        refusedInBoth(List.of("plan", "--profile", file.toString(), "--out", out.resolve("p.pdf").toString()), "passerelle plan: ",
                "aucun métier proposé pour ce profil : pas de plan possible (essayez path --profile pour voir pourquoi)",
                "no occupation proposed for this profile, so no plan (try path --profile to see why)");
    }

    @ParameterizedTest(name = "plan {0}")
    @CsvSource(delimiter = '|', textBlock = """
            --profile JULIETTE                         | indiquez le fichier PDF à écrire (--out FICHIER.pdf) | give the PDF file to write (--out FILE.pdf)
            --out OUT/p.pdf                            | indiquez le profil de la personne (--profile FICHIER.json) | give the person's profile (--profile FILE.json)
            --profile JULIETTE --out OUT/nope/p.pdf    | --out : le dossier OUT/nope n'existe pas | --out: folder OUT/nope does not exist
            --profile JULIETTE --out OUT               | --out : OUT est un dossier ; donnez un nom de fichier | --out: OUT is a folder; give a file name
            --profile JULIETTE --out OUT/p.pdf --csv OUT/nope/p.csv | --csv : le dossier OUT/nope n'existe pas | --csv: folder OUT/nope does not exist
            --profile JULIETTE --out OUT/p.pdf --csv OUT/p.pdf      | --csv : même fichier que --out (OUT/p.pdf) | --csv: same file as --out (OUT/p.pdf)
            --profile JULIETTE --out OUT/p.pdf --date 04/01/2027    | --date : « 04/01/2027 » n'est pas une date AAAA-MM-JJ (ex. 2027-01-04) | --date: "04/01/2027" is not a YYYY-MM-DD date (e.g. 2027-01-04)
            --profile JULIETTE --out OUT/p.pdf --rome K2204         | --rome : K2204 n'est pas dans son parcours ; métiers proposés : D1507, N1113, | --rome: K2204 is not in her path; occupations proposed: D1507, N1113,
            """)
    void planRefusesInTheRunsLanguage(String args, String french, String english) {
        String folder = out.toAbsolutePath().normalize().toString();
        List<String> typed = new ArrayList<>(List.of("plan"));
        for (String a : args.strip().split(" +")) {
            typed.add(a.replace("JULIETTE", JULIETTE).replace("OUT", folder));
        }
        refusedInBoth(typed, "passerelle plan: ", french.strip().replace("OUT", folder), english.strip().replace("OUT", folder));
        assertFalse(Files.exists(out.resolve("p.pdf")), "nothing written");
    }

    @Test
    void planSaysTheSessionsProposedWithTheirStartInTheRunsLanguage() {
        List<String> args = List.of("plan", "--profile", JULIETTE, "--rome", "N1113", "--training", "EX_SE_9999",
                "--out", out.resolve("x.pdf").toString(), "--date", "2026-11-28");
        refusedInBoth(args, "passerelle plan: ",
                "--training : la session « EX_SE_9999 » n'est pas parmi les formations proposées pour N1113 ; sessions proposées :",
                "--training: session \"EX_SE_9999\" is not among the trainings proposed for N1113; sessions proposed:");
        String english = run("en", args).err();
        assertTrue(english.contains("#EX_SE_0001  Titre professionnel Préparateur de commandes en entrepôt, starts 11 January 2027"),
                english);
        assertFalse(english.contains("début"), english);
        assertTrue(run("fr", args).err().contains("en entrepôt, début 11\u00A0janvier 2027"), "French as before, no-break space");
    }

    @Test
    void planSaysWhatItWroteInTheRunsLanguage() {
        FundingCommandTest.Run english = run("en", List.of("plan", "--profile", JULIETTE, "--out", out.resolve("en.pdf").toString(),
                "--date", "2026-11-28"));
        assertEquals(0, english.exit(), english.err());
        assertTrue(english.out().startsWith("Action plan written: "), english.out());
        assertFalse(english.out().contains("écrit"), english.out());
    }

    @ParameterizedTest(name = "generate {0}")
    @CsvSource(delimiter = '|', textBlock = """
            --sessions -5 --out OUT   | --sessions doit être positif ou nul | --sessions must be zero or more
            --companies -1 --out OUT  | --companies doit être positif ou nul | --companies must be zero or more
            --out OUT                 | generate : indiquez --from DOSSIER, le dossier des fichiers officiels (communes, ROME 4, ROME↔NAF, Formacode, FAP-2021, bassins BMO ; voir generate.md) : les données d'exemple livrées n'ont ni Formacode ni FAP-2021 | generate: give --from FOLDER, the folder of the official files (communes, ROME 4, ROME↔NAF, Formacode, FAP-2021, BMO areas; see generate.md): the bundled sample data has neither Formacode nor FAP-2021
            """)
    void generateRefusesInTheRunsLanguage(String args, String french, String english) {
        List<String> typed = new ArrayList<>(List.of("generate"));
        for (String a : args.strip().split(" +")) {
            typed.add(a.replace("OUT", out.toString()));
        }
        refusedInBoth(typed, "passerelle: ", french.strip() + System.lineSeparator(), english.strip() + System.lineSeparator());
    }

    @Test
    void generateSaysWhatItWroteInTheRunsLanguage() throws IOException {
        String data = fr.passerelle.SharedData.assumeRealData().toString();
        FundingCommandTest.Run english = run("en", List.of("generate", "--sessions", "40", "--companies", "60", "--seed", "3",
                "--out", out.resolve("en").toString(), "--from", data));
        FundingCommandTest.Run french = run("fr", List.of("generate", "--sessions", "40", "--companies", "60", "--seed", "3",
                "--out", out.resolve("fr").toString(), "--from", data));

        assertEquals(0, english.exit(), english.err());
        assertEquals(0, french.exit(), french.err());
        assertTrue(english.out().matches("(?s).*\\d+ files +[0-9,]+ KB\\R.*"), english.out());
        assertTrue(english.out().matches("(?s).*\\R40 sessions of \\d+ trainings, 60 companies, [0-9,]+ BMO rows: [0-9.]+ MB in [0-9.]+ s"
                + " \\(synthetic data\\)\\R"), english.out());
        assertTrue(french.out().matches("(?s).*\\d+ fichiers +[0-9 ]+ Ko\\R.*"), french.out());
        assertTrue(french.out().matches("(?s).*\\R40 sessions dans \\d+ formations, 60 entreprises, [0-9 ]+ lignes BMO : [0-9,]+ Mo"
                + " en [0-9,]+ s \\(données synthétiques\\)\\R"), french.out());
        // The same rows, the sizes lined up at the same column in both languages.
        List<String> en = english.out().lines().toList();
        List<String> fr = french.out().lines().toList();
        assertEquals(fr.size(), en.size());
        for (int i = 0; i < fr.size() - 1; i++) {
            assertEquals(fr.get(i).length(), en.get(i).length(), fr.get(i) + " / " + en.get(i));
        }
    }
}
