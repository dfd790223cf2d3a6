package fr.passerelle.engine;

import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.rules.EngineRules;

import fr.passerelle.engine.data.TrainingOffer;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.index.TrainingIndex;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.funding.FundingAnswer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The trainings that lead to an occupation, for her: within her radius (straight line) or at a distance when she
 * accepts it, no longer than her maximum, starting today or later; who pays what (the funding rules) and what is
 * certainly left for her.
 * Order: what she can afford first, then the earliest start, then the nearest.
 */
final class TrainingSelector {
    static final int SHOWN = EngineRules.SHOWN_TRAININGS.asInt();
    private static final Map<Integer, String> FUNDERS = Map.ofEntries(
            Map.entry(0, "Autre"), Map.entry(2, "Conseil régional"), Map.entry(3, "FSE"), Map.entry(4, "France Travail"),
            Map.entry(5, "Entreprise"), Map.entry(7, "Agefiph"), Map.entry(8, "Conseil départemental"),
            Map.entry(9, "Commune"), Map.entry(10, "Bénéficiaire"), Map.entry(11, "État – emploi"),
            Map.entry(12, "État – éducation nationale"), Map.entry(13, "État"), Map.entry(14, "Fonds européens"),
            Map.entry(15, "Collectivité territoriale"), Map.entry(16, "OPCO"), Map.entry(17, "Transition Pro"));

    /** The sessions found and the best ones, as options. */
    record Selection(int found, List<TrainingOption> shown, List<TrainingOption> all) {
    }

    private final TrainingIndex index;
    private final PathFunding funding;

    TrainingSelector(TrainingIndex index, PathFunding funding) {
        this.index = index;
        this.funding = funding;
    }

    Selection select(List<String> codes, TerritoryIndex.Place place, JobSeekerProfile profile, LocalDate today) {
        if (!place.hasCoordinates()) {
            return new Selection(0, List.of(), List.of());
        }
        List<TrainingIndex.Found> found = index.find(codes, place.latitude(), place.longitude(), profile.radiusKm(),
                profile.remote(), offer -> keep(offer, profile, today));
        List<TrainingOption> options = new ArrayList<>();
        for (TrainingIndex.Found f : found) {
            options.add(option(f, profile, today));
        }
        options.sort(Comparator.comparing((TrainingOption o) -> !Boolean.TRUE.equals(o.affordable()))
                .thenComparing(TrainingOption::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(o -> o.distanceKm() == null ? 0 : o.distanceKm())
                .thenComparing(TrainingOption::sessionId));
        return new Selection(options.size(), options.size() > SHOWN ? List.copyOf(options.subList(0, SHOWN)) : List.copyOf(options),
                options);
    }

    static boolean keep(TrainingOffer offer, JobSeekerProfile profile, LocalDate today) {
        if (profile.maxHours() != null && (offer.hours() == null || offer.hours() > profile.maxHours())) {
            return false;
        }
        return offer.start() == null || !offer.start().isBefore(today);
    }

    private TrainingOption option(TrainingIndex.Found f, JobSeekerProfile profile, LocalDate today) {
        TrainingOffer o = f.offer();
        // What is left is the certain remainder of the funding rules: a place bought by the Région costs her nothing,
        // a course she pays herself costs its price minus her CPF (and the CPF participation when she owes it).
        FundingAnswer answer = funding.answer(profile, o, today);
        Long remaining = answer.certainRemainingCents();
        Boolean affordable = remaining == null ? null : remaining <= profile.budgetCents();
        List<String> funders = new ArrayList<>();
        for (Integer code : o.funderCodes()) {
            funders.add(FUNDERS.getOrDefault(code, "code " + code));
        }
        Double km = f.distanceKm() == null ? null : Math.round(f.distanceKm() * 10) / 10.0;
        return new TrainingOption(o.sessionId(), o.title(), o.provider(), o.hours(), o.costCents(), remaining, affordable,
                o.start(), o.end(), o.communeInsee(), o.city(), km, o.remote(), o.certification(), funders, o.cpfEligible(),
                answer);
    }

    /**
     * Effort of the easiest bridge, 0 (hard) .. 1 (easy): hours, what is left to pay, wait, distance, weighted and
     * scaled by the {@code EFFORT_*} rules of {@link EngineRules}; an unknown part counts {@code NEUTRAL}.
     */
    static double effort(List<TrainingOption> options, JobSeekerProfile profile, LocalDate today) {
        double neutral = EngineRules.NEUTRAL.value();
        double best = 0;
        for (TrainingOption o : options) {
            double hours = o.hours() == null ? neutral : 1 - Math.min(1, o.hours() / EngineRules.EFFORT_HOURS.value());
            double money = o.remainingCents() == null ? neutral : o.remainingCents() == 0 ? 1
                    : Boolean.TRUE.equals(o.affordable()) ? EngineRules.EFFORT_AFFORDABLE.value() : 0;
            double wait = o.start() == null ? neutral
                    : 1 - Math.min(1, ChronoUnit.DAYS.between(today, o.start()) / EngineRules.EFFORT_WAIT_DAYS.value());
            double distance = o.distanceKm() == null ? 1 : 1 - Math.min(1, o.distanceKm() / profile.radiusKm());
            best = Math.max(best, EngineRules.EFFORT_W_HOURS.value() * hours + EngineRules.EFFORT_W_MONEY.value() * money
                    + EngineRules.EFFORT_W_WAIT.value() * wait + EngineRules.EFFORT_W_DISTANCE.value() * distance);
        }
        return best;
    }
}
