package fr.passerelle.engine;

import fr.passerelle.engine.profile.JobSeekerProfile;

import fr.passerelle.engine.index.CompanyIndex;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.ReferentialIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.engine.result.TargetDetail;
import fr.passerelle.engine.result.TrainingOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The detail of one target for the window: all trainings, the best companies, and what lies beyond her limits
 * (nearest training or company outside the radius, trainings excluded by her maximum length). Counts only beyond the
 * radius: nothing further away is ranked.
 */
final class TargetDetailBuilder {
    /** Companies listed in the detail; the total found is always given. */
    static final int DETAIL_COMPANIES = 300;

    private final PathIndex index;
    private final TrainingSelector trainings;
    private final Function<List<CompanyIndex.Found>, List<CompanyOption>> companyOptions;

    TargetDetailBuilder(PathIndex index, TrainingSelector trainings,
                        Function<List<CompanyIndex.Found>, List<CompanyOption>> companyOptions) {
        this.index = index;
        this.trainings = trainings;
        this.companyOptions = companyOptions;
    }

    TargetDetail build(JobSeekerProfile profile, ReferentialIndex.Fiche target, List<String> codes, TerritoryIndex.Place place,
                       LocalDate today) {
        double lat = place.latitude();
        double lon = place.longitude();
        List<TrainingOption> found = trainings.select(codes, place, profile, today).all();
        int max = JobSeekerProfile.MAX_RADIUS_KM;
        var everywhere = index.trainings().find(codes, lat, lon, max, false, offer -> TrainingSelector.keep(offer, profile.withMaxHours(null), today));
        int tooLong = profile.maxHours() == null ? 0 : (int) everywhere.stream()
                .filter(f -> f.distanceKm() != null && f.distanceKm() <= profile.radiusKm())
                .filter(f -> f.offer().hours() == null || f.offer().hours() > profile.maxHours()).count();
        Double nearestTraining = everywhere.stream().map(f -> f.distanceKm())
                .filter(km -> km != null && km > profile.radiusKm()).min(Double::compare).map(TargetDetailBuilder::round).orElse(null);
        CompanyIndex.Result companies = index.companies().find(codes, lat, lon, profile.radiusKm(), DETAIL_COMPANIES);
        int companiesAnywhere = index.companies().count(codes, lat, lon, max);
        Double nearestCompany = companies.count() > 0 ? null
                : index.companies().nearestKm(codes, lat, lon, max);
        return new TargetDetail(target.code(), target.label(), found,
                new TargetDetail.Coverage(everywhere.size(), nearestTraining, tooLong),
                companies.count(), companyOptions.apply(companies.best()),
                new TargetDetail.Coverage(companiesAnywhere, nearestCompany == null ? null : round(nearestCompany), 0));
    }

    /** Up to the next 100 m: a radius of the distance shown then reaches the place. */
    private static double round(double km) {
        return Math.ceil(km * 10) / 10.0;
    }
}
