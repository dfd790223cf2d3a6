package fr.passerelle.engine.result;

import java.util.List;

/**
 * One proposed occupation with everything the counsellor shows about it: its score and reasons, the skills she
 * shares and lacks, the target's diplomas she cannot claim ({@code targetDiplomas}), local demand, trainings,
 * companies, and when she could start ({@code horizon}, with {@code horizonReason}) given how one enters it
 * ({@code access}). {@code noTrainingNeeded} is true exactly when the horizon is {@link Horizon#NOW}.
 * {@code liveOffers} is null when the cache holds no fetched job offers. {@code skillCounts} counts what the three
 * lists name only the first of.
 */
public record TargetOccupation(String rome, String label, double score, ScoreDetail detail, List<Reason> reasons,
                               List<String> sharedSkills, List<String> missingSkills, Demand demand,
                               boolean noTrainingNeeded, int trainingsFound, List<TrainingOption> trainings,
                               int companiesFound, List<CompanyOption> companies, Horizon horizon, Reason horizonReason,
                               Access access, List<String> targetDiplomas,
                               LiveOffers liveOffers, SkillCounts skillCounts) {

    /** Lists given whole (a hand-made target): the counts are their sizes. */
    public TargetOccupation(String rome, String label, double score, ScoreDetail detail, List<Reason> reasons,
                            List<String> sharedSkills, List<String> missingSkills, Demand demand,
                            boolean noTrainingNeeded, int trainingsFound, List<TrainingOption> trainings,
                            int companiesFound, List<CompanyOption> companies, Horizon horizon, Reason horizonReason,
                            Access access, List<String> targetDiplomas, LiveOffers liveOffers) {
        this(rome, label, score, detail, reasons, sharedSkills, missingSkills, demand, noTrainingNeeded, trainingsFound,
                trainings, companiesFound, companies, horizon, horizonReason, access, targetDiplomas, liveOffers,
                new SkillCounts(sharedSkills.size(), missingSkills.size(), targetDiplomas.size()));
    }

    /** A diploma, licence or card is legally required to work in it. */
    public boolean regulated() {
        return access.regulated();
    }
}
