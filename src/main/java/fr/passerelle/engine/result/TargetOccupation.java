package fr.passerelle.engine.result;

import java.util.List;

/**
 * One proposed occupation with everything the counsellor shows about it: its score and reasons, the skills she
 * shares and lacks, the target's diplomas she cannot claim ({@code targetDiplomas}), local demand, trainings,
 * companies, and when she could start ({@code horizon}, with {@code horizonReason}) given how one enters it
 * ({@code access}). {@code noTrainingNeeded} is true exactly when the horizon is {@link Horizon#NOW}.
 * {@code liveOffers} is null when the cache holds no fetched job offers.
 */
public record TargetOccupation(String rome, String label, double score, ScoreDetail detail, List<Reason> reasons,
                               List<String> sharedSkills, List<String> missingSkills, Demand demand,
                               boolean noTrainingNeeded, int trainingsFound, List<TrainingOption> trainings,
                               int companiesFound, List<CompanyOption> companies, Horizon horizon, Reason horizonReason,
                               Access access, List<String> targetDiplomas,
                               LiveOffers liveOffers) {

    /** A diploma, licence or card is legally required to work in it. */
    public boolean regulated() {
        return access.regulated();
    }
}
