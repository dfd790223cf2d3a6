package fr.passerelle.engine.result;

import java.util.List;

/**
 * Everything about one target occupation for the window's detail view: all the trainings found for her (not only
 * the few of the path), the best companies (at most a few hundred, with the total), and, for each, why the list may
 * be empty: what the cache holds further away.
 */
public record TargetDetail(String rome, String label, List<TrainingOption> trainings, Coverage trainingCoverage,
                           int companiesFound, List<CompanyOption> companies, Coverage companyCoverage) {

    /**
     * What lies beyond her limits, so that an empty list can say why and what would help.
     *
     * @param anywhere     how many the cache holds for this occupation at any distance (upcoming trainings only)
     * @param nearestKm    distance of the nearest one outside her radius, null when the cache holds none
     * @param tooLong      trainings within her radius that are longer than her maximum (0 for companies)
     */
    public record Coverage(int anywhere, Double nearestKm, int tooLong) {
    }
}
