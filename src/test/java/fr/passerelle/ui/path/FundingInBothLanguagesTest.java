package fr.passerelle.ui.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.ConditionCheck;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingCase;
import fr.passerelle.funding.FundingEngine;
import fr.passerelle.funding.FundingReadout;
import fr.passerelle.funding.FundingSession;
import fr.passerelle.funding.FundingWords;
import fr.passerelle.funding.PersonStatus;
import fr.passerelle.funding.SchemeAnswer;
import fr.passerelle.funding.rules.BundledRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every funding case the bundled rules can meet (each status, age band, allowance, CPF balance, RQTH and employer
 * answer, against sessions bought by a public funder, self-paid, mixed, POEC, work-study, with and without a price, on
 * two dates), said by every funding text of the command line and the window in French and in English: the English says
 * no French word of ours once the rules' own texts (scheme names, conditions, notes, steps, sources: data) are masked,
 * and the French methods say exactly what the language overloads say in French.
 */
class FundingInBothLanguagesTest {
    /** French words that would betray an untranslated sentence of ours. */
    private static final List<String> FRENCH_MARKERS = List.of(" de ", " du ", " des ", " le ", " la ", " les ", " à ", " et ",
            " ou ", " en ", " sur ", " si ", " par ", " pour ", " elle ", " qui ", "reste", "payer", "paie", "acquis", "vérifier",
            "renseigné", " oui", " non", "prix", "inconnu", "achetée", "pendant", "aucun", "accordée", "démarches",
            "attention", "formation", "début", "distance", "rayon", "métier", "entreprise", "heures", " ans", "règles",
            "allocation chômage", "habite", "durée", "statut", "précisé", "couvrir", "personne", "seule", "montant", "mois");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 11, 30), LocalDate.of(2024, 6, 1),
            LocalDate.of(2027, 3, 1), LocalDate.of(2018, 6, 1));
    private static final FundingEngine ENGINE = new FundingEngine(BundledRules.get());
    private static final MessageRenderer FR = MessageRenderer.french();
    private static final MessageRenderer EN = MessageRenderer.english();

    private static List<FundingCase> people() {
        List<FundingCase> out = new ArrayList<>();
        PersonStatus[] statuses = {PersonStatus.DE, PersonStatus.NON_INSCRIT, PersonStatus.SALARIE, null};
        Integer[] ages = {17, 22, 30, 58, null};
        Allocation[] allocations = {Allocation.ARE, Allocation.ASS, Allocation.RSA, Allocation.AUCUNE, null};
        Long[] cpf = {null, 0L, 50_000L, 300_000L, 120_050L};
        Boolean[] yesNo = {null, true, false};
        int i = 0;
        for (PersonStatus s : statuses) {
            for (Integer age : ages) {
                for (Allocation a : allocations) {
                    // The other answers turn with the loop, so that each value meets each status.
                    LocalDate end = i % 3 == 0 ? LocalDate.of(2027, 2, 1) : i % 3 == 1 ? null : LocalDate.of(2028, 1, 1);
                    out.add(new FundingCase(s, age, a, a == null ? null : end, cpf[i % cpf.length], yesNo[i % 3],
                            i % 5 == 0 ? null : i % 5 == 1 ? "75" : "59", yesNo[(i / 3) % 3], yesNo[(i / 2) % 3]));
                    i++;
                }
            }
        }
        return out;
    }

    private static List<FundingSession> sessions() {
        List<FundingSession> out = new ArrayList<>();
        String[] titles = {null, "Titre professionnel Employé commercial", "POEC vente", "BTS en apprentissage"};
        String[] funders = {"", "2,4", "10", "4,10", "5,10", "7", "2"};
        Long[] prices = {null, 99_000L, 460_000L};
        Integer[] hours = {null, 210, 525, 1200};
        Boolean[] eligible = {null, true, false};
        int i = 0;
        for (String title : titles) {
            for (String f : funders) {
                for (Long price : prices) {
                    List<Integer> codes = f.isEmpty() ? List.of() : Arrays.stream(f.split(",")).map(Integer::valueOf).toList();
                    out.add(new FundingSession(title, hours[i % hours.length], price, codes, eligible[i % 3],
                            LocalDate.of(2027, 1, 4), i % 2 == 0 ? LocalDate.of(2027, 9, 30) : null, i % 4 == 0 ? null : "59"));
                    i++;
                }
            }
        }
        return out;
    }

    /** Each person against a spread of the sessions (every session met many times), on two dates. */
    private static List<FundingAnswer> answers() {
        List<FundingCase> people = people();
        List<FundingSession> sessions = sessions();
        List<FundingAnswer> out = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            for (int k = 0; k < 6; k++) {
                FundingSession s = sessions.get((p * 7 + k * 13) % sessions.size());
                // Today, the CPF participation's first year, after the last amount known (carried over), before any.
                out.add(ENGINE.answer(people.get(p), s, DATES.get(k % DATES.size())));
            }
        }
        return out;
    }

    private static TrainingOption option(FundingAnswer a, int i) {
        FundingSession s = a.session();
        List<String> funders = s.funders().stream().map(c -> c == 10 ? "Bénéficiaire" : c == 2 ? "Conseil régional"
                : c == 4 ? "France Travail" : "Entreprise").toList();
        return new TrainingOption("s#" + i, s.title() == null ? "Formation" : s.title(), i % 3 == 0 ? null : "Organisme fictif",
                s.hours(), s.priceCents(), a.certainRemainingCents(), i % 2 == 0 ? null : Boolean.FALSE, i % 4 == 0 ? null : s.start(),
                s.end(), "59350", i % 5 == 0 ? null : "Lille", i % 5 == 0 ? null : 7.25 + i % 40, i % 3 == 0, null, funders,
                s.cpfEligible(), a);
    }

    /** Every text the answer says in the renderer's language: command line, path lines, window rows and panel. */
    private static List<String> said(FundingAnswer a, TrainingOption o, MessageRenderer in) {
        List<String> out = new ArrayList<>();
        out.addAll(FundingReadout.detail(a, in));
        out.addAll(FundingReadout.summary(a, in));
        out.addAll(FundingReadout.pathLines(a, in));
        out.add(FundingReadout.pay(a.pay(), false, in));
        for (SchemeAnswer s : a.schemes()) {
            SchemeRow row = SchemeRow.of(s, in);
            out.add(row.status());
            out.add(row.decides());
            out.add(FundingWords.payer(s, in));
            conditions(s.conditions()).forEach(c -> out.add(FundingWords.condition(c, in)));
        }
        out.add(FundingText.leftToPay(o, in));
        out.add(FundingText.ifGranted(a, in));
        out.add(TrainingFundingViewModel.remainders(o, a, in));
        TrainingRow row = new TrainingRow(o, in);
        out.addAll(List.of(row.provider(), row.place(), row.distance(), row.hours(), row.start(), row.startShort(), row.cost(),
                row.placeAndDistance(), row.remaining(), row.possible(), row.payers()));
        return out;
    }

    private static List<ConditionCheck> conditions(List<ConditionCheck> checks) {
        List<ConditionCheck> out = new ArrayList<>();
        for (ConditionCheck c : checks) {
            out.add(c);
            out.addAll(conditions(c.details()));
        }
        return out;
    }

    /** The texts of the rules file and of the session, as they appear in the answer: data, never translated. */
    private static List<String> data(FundingAnswer a, TrainingOption o) {
        List<String> out = new ArrayList<>();
        for (SchemeAnswer s : a.schemes()) {
            out.add(s.label());
            out.add(s.source());
            out.add(s.note());
            out.add(String.join(" ", s.steps()));
            conditions(s.conditions()).forEach(c -> out.add(c.text()));
        }
        out.addAll(List.of(String.valueOf(a.pay().label()), String.valueOf(a.pay().source())));
        // The pay rules' labels, notes and conditions (quoted in our notes, lower-cased first letter): data too.
        for (fr.passerelle.funding.rules.PayRule rule : BundledRules.get().pay()) {
            out.add(rule.label());
            out.add(rule.note() == null ? null : rule.note().strip());
            rule.conditions().forEach(c -> out.add(c.text().substring(0, 1).toLowerCase(Locale.FRENCH) + c.text().substring(1)));
        }
        out.add(o.title());
        out.add(String.valueOf(o.provider()));
        out.addAll(o.funders());
        out.add("France Travail"); // names, also inside our sentences
        out.add("Mon compte formation");
        out.removeIf(t -> t == null || t.isBlank() || t.equals("null"));
        out.sort(Comparator.comparingInt(String::length).reversed());
        return out;
    }

    @Test
    void everyFundingCaseIsSaidInEnglishWithNoFrenchWordOfOurs() {
        List<FundingAnswer> answers = answers();
        assertEquals(600, answers.size(), "cases");
        Set<String> french = new TreeSet<>();
        int i = 0;
        for (FundingAnswer a : answers) {
            TrainingOption o = option(a, i++);
            List<String> data = data(a, o);
            List<String> lines = new ArrayList<>(said(a, o, EN));
            // The same training before any answer was computed (the catalogue's funders, the engine's remainder).
            TrainingOption bare = new TrainingOption(o.sessionId(), o.title(), o.provider(), o.hours(), o.costCents(), o.remainingCents(),
                    o.affordable(), o.start(), o.end(), o.communeInsee(), o.city(), o.distanceKm(), o.remote(), null, o.funders(),
                    o.cpfEligible(), null);
            TrainingRow bareRow = new TrainingRow(bare, EN);
            lines.addAll(List.of(FundingText.leftToPay(bare, EN), bareRow.payers(), bareRow.remaining(), bareRow.possible()));
            for (String line : lines) {
                String masked = line;
                for (String d : data) {
                    masked = masked.replace(d, "X");
                }
                String lower = masked.toLowerCase(Locale.ROOT);
                for (String marker : FRENCH_MARKERS) {
                    // Whole words only: "ans" is French, "answer" is not.
                    if (Pattern.compile("(?<!\\p{L})" + Pattern.quote(marker.strip()) + "(?!\\p{L})").matcher(lower).find()) {
                        french.add("«" + marker.strip() + "»: " + masked);
                    }
                }
            }
        }
        assertEquals(Set.of(), french.stream().limit(20).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theFrenchMethodsSayWhatTheLanguageOverloadsSayInFrench() {
        int i = 0;
        for (FundingAnswer a : answers()) {
            TrainingOption o = option(a, i++);
            assertEquals(FundingReadout.detail(a), FundingReadout.detail(a, FR));
            assertEquals(FundingReadout.summary(a), FundingReadout.summary(a, FR));
            assertEquals(FundingReadout.pathLines(a), FundingReadout.pathLines(a, FR));
            assertEquals(FundingText.leftToPay(o), FundingText.leftToPay(o, FR));
            assertEquals(FundingText.payers(o), new TrainingRow(o).payers());
            assertEquals(new TrainingRow(o), new TrainingRow(o, FR));
            for (SchemeAnswer s : a.schemes()) {
                assertEquals(SchemeRow.of(s), SchemeRow.of(s, FR));
            }
        }
    }

    /** The English differs from the French wherever we wrote the sentence (a line made only of data may not). */
    @Test
    void theEnglishDetailIsNotTheFrenchOne() {
        int differing = 0;
        int total = 0;
        for (FundingAnswer a : answers()) {
            List<String> fr = FundingReadout.detail(a, FR);
            List<String> en = FundingReadout.detail(a, EN);
            assertEquals(fr.size(), en.size(), "same lines, another language");
            for (int k = 0; k < fr.size(); k++) {
                total++;
                differing += fr.get(k).equals(en.get(k)) ? 0 : 1;
            }
            assertNotEquals(FundingReadout.summary(a, FR), FundingReadout.summary(a, EN));
        }
        // Blank lines, a rule's note and the odd data-only line read the same; the sentences do not.
        assertTrue(differing > total / 2, differing + " of " + total);
    }

    /** Each key of the funding and training texts is said by at least one case, or by a test named here. */
    @Test
    void theCasesReachTheFundingKeys() {
        Set<String> used = new TreeSet<>();
        int i = 0;
        for (FundingAnswer a : answers()) {
            TrainingOption o = option(a, i++);
            FundingReadout.summaryMessages(a).forEach(m -> keys(m, used));
            FundingReadout.pathMessages(a).forEach(m -> keys(m, used));
            a.noteMessages().forEach(m -> keys(m, used));
            keys(FundingText.leftToPayMessage(o, a), used);
            keys(FundingText.payersMessage(o), used);
            keys(FundingText.certainCellMessage(o), used);
            keys(FundingText.possibleCellMessage(o), used);
            TrainingOption bare = new TrainingOption(o.sessionId(), o.title(), o.provider(), o.hours(), o.costCents(), o.remainingCents(),
                    o.affordable(), o.start(), o.end(), o.communeInsee(), o.city(), o.distanceKm(), o.remote(), null, o.funders(),
                    o.cpfEligible(), null);
            keys(FundingText.leftToPayMessage(bare, null), used);
            keys(FundingText.payersMessage(bare), used);
            keys(FundingText.possibleCellMessage(bare), used);
            for (SchemeAnswer s : a.schemes()) {
                keys(FundingText.statusMessage(s), used);
                conditions(s.conditions()).forEach(c -> keys(fr.passerelle.funding.FundingMessages.marked(c), used));
            }
        }
        // The keys of what the answer says (not the command's header, the panel's frame, the detail's layout, the rows):
        // those the cases do not reach are listed, so that a new sentence nobody exercises shows up.
        Set<String> unreached = new TreeSet<>(fr.passerelle.engine.words.TrainingBundlesTest.file("trainings.properties").stringPropertyNames());
        unreached.removeIf(k -> !k.startsWith("funding.") || k.startsWith("funding.echo.") || k.startsWith("funding.panel.")
                || k.startsWith("funding.detail.") || k.startsWith("funding.question.") || k.startsWith("funding.rules."));
        unreached.removeAll(used);
        // The bundled rules never make the CPF, the POEC or an unnamed scheme a possible aid, never ask for a list of
        // several values, never give a unit other than years, euros and hours, and never cover a place without naming
        // the scheme: those are said by theSentencesTheRulesDoNotReachAreSaidInBothLanguages. Their pay scales have
        // no end date and a bracket for every age, so no scale is carried over and no age falls outside. No case's allowance
        // has ended before its training starts: EndedAllocationTest says that note in both languages.
        assertEquals(Set.of("funding.aid.cpf", "funding.aid.other", "funding.aid.poec", "funding.granted.any", "funding.unit.other",
                "funding.value.list", "funding.who.public", "funding.note.scale.carried", "funding.pay.noBracket",
                "funding.note.allocation.ended", "funding.note.allocation.endedBeforeToday"), unreached);
    }

    @Test
    void theSentencesTheRulesDoNotReachAreSaidInBothLanguages() {
        Message list = fr.passerelle.funding.FundingMessages.value(List.of(2, 4, 10));
        assertEquals("2, 4, 10", FR.render(list));
        assertEquals("2, 4, 10", EN.render(list));
        Message granted = Message.of("funding.granted.any", Param.money(15_000));
        assertEquals("150 € si les aides possibles sont accordées", FR.render(granted));
        assertEquals("€150 if the possible aids are granted", EN.render(granted));
        Message who = Message.of("funding.who.bought", Param.of(Message.of("funding.who.public")));
        assertEquals("Qui paie : un financeur public, quel que soit le prix (non publié).", FR.render(who));
        assertEquals("Who pays: a public funder, whatever the price (not published).", EN.render(who));
        Message carried = Message.of("funding.note.scale.carried", Param.label("RFFT"), Param.date(LocalDate.of(2024, 3, 31)));
        assertEquals("RFFT : barème en vigueur jusqu'au 31 mars 2024 ; le nouveau barème n'est pas encore dans les règles.", FR.render(carried));
        assertEquals("RFFT: scale in force until 31 March 2024; the new scale is not in the rules yet.", EN.render(carried));
        Message bracket = Message.of("funding.pay.noBracket", Param.code("15"));
        assertEquals("No amount in the scale at 15 years of age.", EN.render(bracket));
        Message unit = Message.of("funding.unit.other", Param.of(fr.passerelle.funding.FundingMessages.value(3)), Param.label("mois"));
        assertEquals("3 mois", FR.render(unit));
        for (String id : List.of("cpf", "poec", "autre")) {
            SchemeAnswer s = new SchemeAnswer(id, "Aide « Autre »", fr.passerelle.funding.SchemeStatus.POSSIBLE, 100L, List.of(),
                    "source", null, null, null, null, List.of());
            assertNotEquals(FR.render(FundingText.aid(s)), EN.render(FundingText.aid(s)), id);
        }
    }

    private static void keys(Message m, Set<String> into) {
        into.add(m.key());
        for (Param p : m.params()) {
            if (p instanceof Param.Nested n) {
                keys(n.message(), into);
            } else if (p instanceof Param.Joined j) {
                j.messages().forEach(x -> keys(x, into));
            }
        }
    }
}
