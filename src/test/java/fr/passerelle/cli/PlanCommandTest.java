package fr.passerelle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code plan} on a home seeded with the samples: files written, exit codes, French errors before any work. */
class PlanCommandTest {
    private static final String JULIETTE = "data-samples/personas/juliette.json";
    private static Path home;

    @TempDir
    Path out;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void seed() throws IOException {
        home = Files.createTempDirectory("passerelle-plan-cli");
        assertEquals(0, run(home, "jobs", "caisse").exit()); // seeds the samples
    }

    private static Run run(Path home, String... args) {
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

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() <= 2);
            return new PDFTextStripper().getText(doc).replaceAll("\\R", " ");
        }
    }

    @Test
    void writesHerPlanAndTableForHerFirstOccupation() throws IOException {
        Path pdf = out.resolve("juliette.pdf");
        Path csv = out.resolve("juliette.csv");
        Run run = run(home, "plan", "--profile", JULIETTE, "--out", pdf.toString(), "--csv", csv.toString(), "--date", "2026-11-28");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Plan d'action écrit : " + pdf.toAbsolutePath()), run.out());
        assertTrue(run.out().contains("Tableau écrit : " + csv.toAbsolutePath()), run.out());
        String text = pdfText(pdf);
        assertTrue(text.contains("Plan d'action de Juliette") && text.contains("Employé / Employée de rayon libre-service"), text);
        assertTrue(text.contains("Entretien du 28\u00A0novembre 2026"));
        String table = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(table.startsWith("\uFEFFType;"));
        assertTrue(table.contains("\r\nEntreprise;"), "companies of the occupation");
    }

    @Test
    void aChosenOccupationAndSessionAreThoseOnThePlan() throws IOException {
        Path pdf = out.resolve("drive.pdf");
        Run run = run(home, "plan", "--profile", JULIETTE, "--rome", "n1113", "--training",
                "trainings.lheo/offres_hauts_de_france_exemple#EX_SE_0001", "--out", pdf.toString(), "--date", "2026-11-28");
        assertEquals(0, run.exit(), run.err());
        String text = pdfText(pdf);
        assertTrue(text.contains("Préparateur / Préparatrice au drive"));
        assertTrue(text.contains("Titre professionnel Préparateur de commandes en entrepôt"), text);
        assertTrue(text.contains("du 11\u00A0janvier 2027"), text);
    }

    @Test
    void anOccupationOutsideHerPathIsRefusedWithTheCodesInIt() {
        Path pdf = out.resolve("x.pdf");
        Run run = run(home, "plan", "--profile", JULIETTE, "--rome", "K2204", "--out", pdf.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--rome : K2204 n'est pas dans son parcours ; métiers proposés : D1507, "), run.err());
        assertTrue(run.err().contains("N1113 Préparateur / Préparatrice au drive"), "suggestions with labels");
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anUnknownSessionIsRefusedWithTheSessionsProposed() {
        Run run = run(home, "plan", "--profile", JULIETTE, "--rome", "N1113", "--training", "EX_SE_9999",
                "--out", out.resolve("x.pdf").toString(), "--date", "2026-11-28");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--training : la session « EX_SE_9999 » n'est pas parmi les formations proposées pour N1113"));
        assertTrue(run.err().contains("#EX_SE_0001  Titre professionnel Préparateur de commandes en entrepôt, début 11\u00A0janvier 2027"),
                run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no --out | --profile | data-samples/personas/juliette.json | | indiquez le fichier PDF à écrire (--out FICHIER.pdf)",
            "no --profile | --out | OUT/p.pdf | | indiquez le profil de la personne (--profile FICHIER.json)",
            "missing folder | --out | OUT/nope/p.pdf | --profile | --out : le dossier ",
            "folder as file | --out | OUT | --profile | est un dossier ; donnez un nom de fichier",
            "csv folder missing | --csv | OUT/nope/p.csv | --out | --csv : le dossier ",
            "csv is the pdf | --csv | OUT/same.pdf | --out | --csv : même fichier que --out",
            "not a date | --date | 04/01/2027 | --out | --date : « 04/01/2027 » n'est pas une date AAAA-MM-JJ"})
    void badInputIsRefusedInFrenchBeforeAnyWork(String title, String option, String value, String other, String message)
            throws IOException {
        Path empty = Files.createTempDirectory("passerelle-plan-empty");
        String v = value.replace("OUT", out.toString());
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("plan", option, v));
        if ("--profile".equals(other)) {
            args.addAll(java.util.List.of("--profile", JULIETTE));
        } else if ("--out".equals(other)) {
            args.addAll(java.util.List.of("--profile", JULIETTE, "--out", out.resolve("same.pdf").toString()));
        }
        Run run = run(empty, args.toArray(String[]::new));
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("passerelle plan: ") && run.err().contains(message), run.err());
        try (var files = Files.list(empty)) {
            assertEquals(0, files.count(), "nothing computed: the empty home was not even seeded");
        }
    }

    @Test
    void anUnreadableProfileIsRefusedWithItsName() throws IOException {
        Path bad = out.resolve("bad.json");
        Files.writeString(bad, "{\"name\": \"X\", \"metier\": \"caissière\"}");
        Run run = run(home, "plan", "--profile", bad.toString(), "--out", out.resolve("p.pdf").toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("bad.json : champ inconnu « metier »"), run.err());
    }

    @Test
    void helpListsTheOptions() {
        Run run = run(home, "plan", "--help");
        assertEquals(0, run.exit());
        for (String option : new String[] {"--profile", "--rome", "--out", "--csv", "--training", "--date"}) {
            assertTrue(run.out().contains(option), option + " in " + run.out());
        }
    }
}
