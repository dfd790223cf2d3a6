package fr.passerelle.ui.path;

import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.profile.EducationLevel;
import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.PathFunding;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.funding.Allocation;
import fr.passerelle.funding.FundingAnswer;
import fr.passerelle.funding.FundingSession;
import fr.passerelle.funding.PersonStatus;
import fr.passerelle.funding.rules.BundledRules;
import java.time.LocalDate;
import java.util.List;

/**
 * Trainings with real answers of the bundled funding rules, without the cache: Juliette (registered job seeker, 20,
 * CPF 500 €, Lille) and sessions of the kinds the path meets (bought by the Région, self-paid, price not published).
 */
final class FundingFixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final JobSeekerProfile JULIETTE = new JobSeekerProfile(new RomeCode("D1505"), new InseeCode("59350"), 30,
            EducationLevel.AUCUN, null, 50_000, 0, false, PersonStatus.DE, 20, Allocation.AUCUNE, null);
    private static final PathFunding FUNDING = new PathFunding(BundledRules.get());

    private FundingFixtures() {
    }

    /** A session: LHEO funder codes and their labels as the engine prints them, price in cents (null: not published). */
    static TrainingOption option(String title, Long priceCents, List<Integer> codes, List<String> funders, Boolean cpfEligible) {
        FundingSession session = new FundingSession(title, 525, priceCents, codes, cpfEligible, TODAY.plusDays(40),
                TODAY.plusDays(150), "59");
        FundingAnswer answer = FUNDING.answer(JULIETTE, session, TODAY, null);
        Long remaining = answer.certainRemainingCents();
        return new TrainingOption("s#" + title.hashCode(), title, "Organisme fictif", 525, priceCents, remaining,
                remaining == null ? null : remaining <= 0, TODAY.plusDays(40), TODAY.plusDays(150), "59350", "Lille", 2.0,
                false, null, funders, cpfEligible, answer);
    }

    static TrainingOption regionTitre() {
        return option("Titre professionnel Employé commercial en magasin", 460_000L, List.of(2, 4),
                List.of("Conseil régional", "France Travail"), null);
    }

    static TrainingOption boughtWithoutPrice() {
        return option("Préparation opérationnelle à l'emploi – mise en rayon", null, List.of(4), List.of("France Travail"), null);
    }

    static TrainingOption caces() {
        return option("CACES R489 catégorie 3", 99_000L, List.of(10), List.of("Bénéficiaire"), true);
    }

    static TrainingOption selfPaidWithoutPrice() {
        return option("Anglais professionnel", null, List.of(10), List.of("Bénéficiaire"), true);
    }
}
