package fr.passerelle.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.PlaceNames;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.ConditionCheck;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingMessages;
import fr.passerelle.funding.SchemeAnswer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The action plan in English on the four sample personas (every occupation of their paths): no French word of ours is
 * left (the marker approach of ReasonsInBothLanguagesTest: texts from the data, such as an occupation's label, a
 * company's name, a training's title, and the funding rules' own texts (scheme labels, notes, steps, conditions, a pay
 * rule's name) are masked before looking; the funding package's own sentences are not); the PDF and the CSV speak English.
 */
class EnglishPlanTest {
    /**
     * French words that would betray an untranslated sentence ("département" is kept in English on purpose; " formation"
     * with its space, as English says "information").
     */
    private static final List<String> FRENCH_MARKERS = List.of(" de ", " du ", " des ", " le ", " la ", " les ", " à ", " et ",
            " en ", " sur ", " ou ", " vous ", " votre ", " pour ", "métier", " formation", "compétence", "savoir", "entreprise",
            "niveau", "bassin", "réglementé", "mois", "tout de suite", "rang", "aucun", "diplôme", "emploi", "fiche", "projet",
            "offres", "région", "connexe", "inconnu", "moins", "national", "à distance", "conseiller", "étape", "payer", "acquis",
            "demander", "vérifier", "entretien", "importé", "données", "organisme", "prix", "début");
    /** Names kept as they are in English: a service, a website, an API. */
    private static final List<String> PROPER_NAMES = List.of("La Bonne Boite", "moncompteformation.gouv.fr",
            "Offres d'emploi API v2", "Carif-Oref", "DARES – France Travail");

    @TempDir
    Path dir;

    @Test
    void theEnglishPlanOfEveryOccupationOfTheFourPersonasKeepsNoFrenchWordOfOurs() throws Exception {
        List<String> french = new ArrayList<>();
        int plans = 0;
        for (String persona : SamplePlans.PERSONAS) {
            PathResult path = SamplePlans.path(persona);
            for (TargetOccupation t : path.occupations()) {
                ActionPlan plan = ActionPlanBuilder.build(path, t.rome(), null, SamplePlans.name(persona), SamplePlans.TODAY,
                        SamplePlans.contacts(), PlanLanguage.ENGLISH);
                plans++;
                List<String> masks = masks(path, t, plan);
                for (String text : texts(plan)) {
                    String masked = " " + mask(text, masks).toLowerCase(Locale.ROOT) + " ";
                    FRENCH_MARKERS.stream().filter(masked::contains)
                            .forEach(m -> french.add(persona + " " + t.rome() + " «" + m.strip() + "»: " + masked.strip()));
                }
            }
        }
        assertTrue(plans >= 12, "the personas' paths give plans to look at: " + plans);
        assertEquals(List.of(), french.stream().distinct().toList(), "French left in the English plan");
    }

    @Test
    void everyEnglishSentenceOfThePlanBundleKeepsNoFrenchWordAndHasTheFrenchPlaceholders() throws Exception {
        Properties fr = bundle("plan.properties");
        Properties en = bundle("plan_en.properties");
        assertEquals(new TreeSet<>(fr.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()), "same keys");
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            if (!placeholders(fr.getProperty(key)).equals(placeholders(en.getProperty(key)))) {
                wrong.add(key + ": placeholders " + placeholders(fr.getProperty(key)) + " / " + placeholders(en.getProperty(key)));
            }
            String text = " " + mask(en.getProperty(key).replaceAll("\\{\\d+}", "X"), PROPER_NAMES).toLowerCase(Locale.ROOT) + " ";
            FRENCH_MARKERS.stream().filter(text::contains).forEach(m -> wrong.add(key + " «" + m.strip() + "»: " + text.strip()));
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theEnglishPdfHasEnglishHeadingsAmountsInEurosAndAnEnglishLanguageTag() throws Exception {
        PathResult path = SamplePlans.path("karim");
        ActionPlan plan = ActionPlanBuilder.build(path, path.occupations().get(0).rome(), null, "Karim", SamplePlans.TODAY,
                SamplePlans.contacts(), PlanLanguage.ENGLISH);
        Path pdf = dir.resolve("karim-en.pdf");
        new PdfPlanWriter().write(plan, pdf);
        String text = SamplePlans.pdfText(pdf);
        for (String heading : List.of("Action plan for Karim", "Interview on 1 December 2026 with your adviser", "Your project",
                "Why this occupation", "The training", "Who pays what", "Companies to contact", "Your next steps",
                "Where this information comes from", "page 1 / 2")) {
            assertTrue(text.contains(heading), heading + " in:\n" + text);
        }
        // The euro sign is drawn by the embedded font (a missing glyph would print "?"), before the amount in English.
        assertTrue(text.contains("Price €1,190"), text);
        assertFalse(text.contains("?1,190"), text);
        for (String french : List.of("Plan d'action", "Votre projet", "Pourquoi ce métier", "Qui paie quoi", "Vos prochaines étapes",
                "D'où viennent", "Avant le", "entretien du")) {
            assertFalse(text.contains(french), french + " in:\n" + text);
        }
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentInformation().getSubject().startsWith("Action plan: Cariste (ROME N1101)"),
                    document.getDocumentInformation().getSubject());
        }
    }

    @Test
    void theEnglishCsvHasEnglishHeadersAndWordsAndKeepsItsFrenchSpreadsheetFormat() throws Exception {
        PathResult path = SamplePlans.path("juliette");
        ActionPlan plan = ActionPlanBuilder.build(path, path.occupations().get(0).rome(), null, "Juliette", SamplePlans.TODAY,
                SamplePlans.contacts(), PlanLanguage.ENGLISH);
        Path csv = dir.resolve("juliette-en.csv");
        new CsvPlanWriter().write(plan, csv);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFFType;Chosen in the plan;ROME code;Occupation;Title or name;Provider;Commune;Distance (km);"
                + "Distance learning;Length (h);Start;End;Price (€);Left to pay (€);Left if the aids are granted (€);"
                + "How what is left was computed;Funders;CPF-eligible;Certification;Address;Entry requirements;"
                + "Hiring score (out of 100);Estimated score;Why;Employer;Contract;Offer date;Online offers within the radius;"
                + "Fetched on;Identifier", lines.get(0));
        String training = lines.stream().filter(l -> l.startsWith("Training;")).findFirst().orElseThrow();
        assertTrue(training.contains(";7,5;no;525;04/01/2027;"), "numbers and dates stay as a French spreadsheet reads them: " + training);
        String company = lines.stream().filter(l -> l.startsWith("Company;")).findFirst().orElseThrow();
        assertTrue(company.contains("Hiring potential"), company);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Online offers;")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Job offer;")), String.join("\n", lines));
    }

    /** Every text the plan decided (what the PDF, the CSV and the preview print around their headings). */
    private static List<String> texts(ActionPlan plan) {
        List<String> out = new ArrayList<>(List.of(plan.title(), plan.addressee(), plan.situation().levelLabel()));
        if (plan.sampleNotice() != null) {
            out.add(plan.sampleNotice());
        }
        out.addAll(plan.occupation().why());
        if (plan.occupation().when() != null) {
            out.add(plan.occupation().when());
        }
        if (plan.occupation().required() != null) {
            out.add(plan.occupation().required());
        }
        if (plan.trainingNote() != null) {
            out.add(plan.trainingNote());
        }
        plan.nextSteps().forEach(s -> out.add(s.text()));
        plan.dataDates().forEach(d -> out.add(d.what() + " " + d.asOf(plan.language())));
        plan.companies().forEach(c -> out.add(c.why()));
        if (plan.offers() != null) {
            out.add(plan.offers().summary());
            plan.offers().latest().forEach(o -> out.add(o.line()));
        }
        for (PlanTraining t : plan.trainings()) {
            PlanFunding f = t.funding();
            f.lines().forEach(l -> out.add(l.payer() + " " + AnswerFunding.amount(l, plan.language()) + " " + l.note()));
            out.add(f.basis());
            out.addAll(f.howToAsk());
            out.addAll(f.questions());
            if (f.pay() != null) {
                out.add(f.pay());
            }
        }
        return out;
    }

    /** Texts from the data and from the funding rules, longest first, each with the variants the plan prints. */
    private static List<String> masks(PathResult path, TargetOccupation t, ActionPlan plan) {
        Set<String> m = new LinkedHashSet<>(PROPER_NAMES);
        add(m, plan.personName(), path.sourceLabel(), path.communeName(), path.departement(), t.label(), t.rome());
        // Skills as the lists print them, and lower-cased after the first one (PlainWords.lowerFirst).
        t.sharedSkills().forEach(s -> add(m, s, PlainWords.lowerFirst(s)));
        t.missingSkills().forEach(s -> add(m, s, PlainWords.lowerFirst(s)));
        if (t.access() != null) {
            add(m, t.access().requirement(), t.access().usualLength());
            t.access().romeText().forEach(s -> {
                add(m, s);
                add(m, s.strip().split("\\.\\s")[0]);
            });
        }
        if (t.demand() != null) {
            add(m, t.demand().departement());
            if (t.demand().territory() != null) {
                add(m, PlaceNames.readable(t.demand().territory()));
            }
        }
        for (Reason r : t.reasons()) {
            if (r.message() != null) {
                labels(r.message(), m);
            }
        }
        for (TrainingOption o : t.trainings()) {
            add(m, o.title(), o.provider(), o.city(), o.certification(), o.sessionId());
            o.funders().forEach(f -> add(m, f));
            funding(o.funding(), m);
        }
        for (PlanTraining pt : plan.trainings()) {
            if (pt.contact() != null) {
                add(m, pt.contact().address(), pt.contact().provider(), pt.contact().entryConditions());
            }
        }
        plan.companies().forEach(c -> add(m, c.name(), c.commune()));
        if (plan.offers() != null) {
            plan.offers().latest().forEach(o -> add(m, o.title(), o.employer(), o.commune(), o.contract()));
        }
        return m.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The funding package's texts (French until its English overloads are merged: AnswerFunding.fundingText). */
    private static void funding(FundingAnswer a, Set<String> m) {
        if (a == null) {
            return;
        }
        for (SchemeAnswer s : a.schemes()) {
            add(m, s.label(), s.note());
            for (String step : s.steps()) {
                add(m, step, step.strip().endsWith(".") ? step.strip().substring(0, step.strip().length() - 1) : step);
            }
            s.conditions().forEach(c -> conditions(c, m));
        }
        // Questions, the answer's notes and her pay line are our sentences, said in English; what they carry from the
        // rules file (a pay rule's label and source, a note the rules wrote) is data.
        a.questions().stream().filter(q -> FundingMessages.question(q).equals(FundingMessages.data(q))).forEach(q -> add(m, q));
        a.noteMessages().forEach(n -> labels(n, m));
        if (a.pay() != null) {
            add(m, a.pay().label(), a.pay().source());
        }
    }

    private static void conditions(ConditionCheck c, Set<String> m) {
        add(m, c.text(), PlainWords.lowerFirst(c.text()));
        c.details().forEach(d -> conditions(d, m));
    }

    private static void labels(Message message, Set<String> m) {
        for (Param p : message.params()) {
            if (p instanceof Param.Label l) {
                add(m, l.value());
            } else if (p instanceof Param.Nested n) {
                labels(n.message(), m);
            } else if (p instanceof Param.Joined j) {
                j.messages().forEach(x -> labels(x, m));
            }
        }
    }

    private static void add(Set<String> m, String... texts) {
        for (String s : texts) {
            if (s != null && !s.isBlank()) {
                m.add(s.strip());
            }
        }
    }

    private static String mask(String text, List<String> masks) {
        String out = text;
        for (String s : masks) {
            out = out.replace(s, "X");
        }
        return out;
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties bundle(String file) throws Exception {
        Properties p = new Properties();
        try (InputStream in = EnglishPlanTest.class.getResourceAsStream("/fr/passerelle/export/" + file)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
