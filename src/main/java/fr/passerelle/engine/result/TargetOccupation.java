package fr.passerelle.engine.result;

import java.util.List;

/** One proposed occupation with everything the counsellor shows about it. */
public record TargetOccupation(String rome, String label, double score, ScoreDetail detail, List<Reason> reasons,
                               List<String> sharedSkills, List<String> missingSkills, Demand demand,
                               boolean noTrainingNeeded, int trainingsFound, List<TrainingOption> trainings,
                               int companiesFound, List<CompanyOption> companies) {
}
