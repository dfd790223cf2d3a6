package fr.passerelle.export;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.rules.RankingWeights;
import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.ScoreDetail;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made paths (no database): one place builds every engine record, so a new field is added once. */
final class PlanFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final long CPF = 50_000;

    private PlanFixtures() {
    }

    static JobSeekerProfile profile(long cpfCents, long budgetCents) {
        return new JobSeekerProfile(new RomeCode("D1505"), new InseeCode("59350"), 30, EducationLevel.AUCUN, null,
                cpfCents, budgetCents, false);
    }

    static TrainingOption training(String id, String title, Long costCents, long cpfCents, LocalDate start,
                                   List<String> funders, Boolean cpfEligible) {
        Long remaining = costCents == null ? null : Math.max(0, costCents - cpfCents);
        return new TrainingOption(id, title, "Organisme fictif des métiers du commerce", 525, costCents, remaining,
                remaining == null ? null : remaining == 0, start, start == null ? null : start.plusMonths(5), "59009",
                "Villeneuve-d'Ascq", 7.46, false, "RNCP37099", funders, cpfEligible);
    }

    static CompanyOption company(int i) {
        return new CompanyOption(String.format("999%011d", i), "Supermarché Démo n° " + i, "4711D", "59350", "Lille",
                0.3 + i, 90 - i % 50, i % 2 == 0, "score d'embauche " + (90 - i % 50) + "/100");
    }

    static Demand demand() {
        return new Demand("bassin d'emploi", "LILLE", 2021, 1005.9, 1189.2, 0.846, 0.208, 307.4, 5, 192, "59",
                LocalDate.of(2021, 12, 21), new java.math.BigDecimal("33.8"), 2020, true,
                "dans son bassin d'emploi (LILLE)", 1.0);
    }

    static List<Reason> reasons() {
        return List.of(new Reason("proximité", "Mobilité officielle ROME 4 depuis D1505, rang 1", "rang r → 1 − 0,05·(r − 1)", "ROME 4.60"),
                new Reason("compétences", "4 compétences et savoirs en commun sur 10 de la fiche D1507", "part", "ROME 4.60"),
                new Reason("demande", "+307 % d'offres par demandeur d'emploi", "ratio", "Indicateurs de tension 2021"));
    }

    static TargetOccupation target(String rome, String label, boolean noTrainingNeeded, List<TrainingOption> trainings,
                                   int trainingsFound, List<CompanyOption> companies, int companiesFound) {
        return new TargetOccupation(rome, label, 0.89, new ScoreDetail(0.9, 0.9, 0.8, RankingWeights.DEFAULT), reasons(),
                List.of("Accueillir, orienter et renseigner un client", "Procéder à l'encaissement"),
                List.of("Réaliser la mise en rayon", "Réaliser le réassort"), demand(), noTrainingNeeded, trainingsFound,
                trainings, companiesFound, companies,
                noTrainingNeeded ? fr.passerelle.engine.result.Horizon.NOW : fr.passerelle.engine.result.Horizon.SHORT,
                new Reason("horizon", noTrainingNeeded ? "Mobilité proche, pas de formation obligatoire" : "Une formation courte",
                        "règle des horizons", "ROME 4.60"),
                fr.passerelle.engine.result.Access.UNKNOWN, List.of(), null);
    }

    static Map<String, String> dataAsOf(boolean sample) {
        String mark = sample ? ", " + DataDates.SAMPLE_MARK : "";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rome4.occupations", "4.60, importé le 2026-11-20" + mark);
        m.put("market.tension", "2021, importé le 2026-11-20" + mark);
        m.put("market.offers_departement", "2021-12-21, importé le 2026-11-20" + mark);
        m.put("market.bmo_difficulty/2020", "2020, importé le 2026-11-20" + mark);
        m.put("trainings.lheo/offres_hauts_de_france", "importé le 2026-11-25" + mark);
        m.put("companies.file/entreprises", "importé le 2026-11-21" + mark);
        m.put("geo.communes", "importé le 2026-11-20" + mark);
        return m;
    }

    static PathResult path(List<TargetOccupation> targets, boolean sample) {
        return new PathResult(profile(CPF, 0), "Hôte / Hôtesse de caisse", "Lille", "59", targets, List.of(), dataAsOf(sample));
    }

    /** Juliette-like: a training move (D1507 with two sessions) and a training-free move (D1424). */
    static PathResult juliette(boolean sample) {
        List<TrainingOption> trainings = List.of(
                training("S1", "Titre professionnel Employé commercial en magasin", 460_000L, CPF, LocalDate.of(2027, 1, 4),
                        List.of("Conseil régional", "France Travail"), null),
                training("S2", "CACES R489 catégories 1A, 3 et 5", 119_000L, CPF, LocalDate.of(2026, 12, 7),
                        List.of("Bénéficiaire"), true));
        List<CompanyOption> companies = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            companies.add(company(i));
        }
        return path(List.of(
                target("D1507", "Employé / Employée de rayon libre-service", false, trainings, 6, companies, 14),
                target("D1424", "Conseiller vendeur / Conseillère vendeuse à domicile", true, List.of(), 0, List.of(), 0)), sample);
    }

    /** Juliette as the funding rules see her: a registered job seeker of 20, no allowance, CPF 500 €. */
    static final JobSeekerProfile JULIETTE = new JobSeekerProfile(new RomeCode("D1505"), new InseeCode("59350"), 30,
            EducationLevel.AUCUN, null, CPF, 0, false, fr.passerelle.funding.PersonStatus.DE, 20,
            fr.passerelle.funding.Allocation.AUCUNE, null);
    private static final fr.passerelle.engine.PathFunding FUNDING = new fr.passerelle.engine.PathFunding(
            fr.passerelle.funding.rules.BundledRules.get());

    /** A training with the bundled rules' answer for her, as the engine builds it. */
    static TrainingOption funded(String id, String title, Long costCents, LocalDate start, List<Integer> codes,
                                 List<String> funders, Boolean cpfEligible) {
        fr.passerelle.funding.FundingAnswer answer = FUNDING.answer(JULIETTE, new fr.passerelle.funding.FundingSession(title, 525,
                costCents, codes, cpfEligible, start, start.plusMonths(5), "59"), TODAY, null);
        Long remaining = answer.certainRemainingCents();
        return new TrainingOption(id, title, "Organisme fictif des métiers du commerce", 525, costCents, remaining,
                remaining == null ? null : remaining == 0, start, start.plusMonths(5), "59009", "Villeneuve-d'Ascq", 7.46, false,
                "RNCP37099", funders, cpfEligible, answer);
    }

    /** Juliette's D1507 with funding answers: the titre bought by the Région, a CACES she would pay, a bought POE without price. */
    static PathResult julietteFunded(fr.passerelle.engine.result.Access access) {
        List<TrainingOption> trainings = List.of(
                funded("S1", "Titre professionnel Employé commercial en magasin", 460_000L, LocalDate.of(2027, 1, 4), List.of(2, 4),
                        List.of("Conseil régional", "France Travail"), null),
                funded("S2", "CACES R489 catégories 1A, 3 et 5", 119_000L, LocalDate.of(2027, 1, 11), List.of(10),
                        List.of("Bénéficiaire"), true),
                funded("S3", "Préparation opérationnelle à l'emploi – mise en rayon", null, LocalDate.of(2027, 1, 18), List.of(4),
                        List.of("France Travail"), null));
        TargetOccupation t = target("D1507", "Employé / Employée de rayon libre-service", false, trainings, 3, List.of(company(1)), 1);
        t = new TargetOccupation(t.rome(), t.label(), t.score(), t.detail(), t.reasons(), t.sharedSkills(), t.missingSkills(),
                t.demand(), false, 3, trainings, 1, t.companies(), t.horizon(), t.horizonReason(), access, List.of(), null);
        return new PathResult(JULIETTE, "Hôte / Hôtesse de caisse", "Lille", "59", List.of(t), List.of(), dataAsOf(true));
    }
}
