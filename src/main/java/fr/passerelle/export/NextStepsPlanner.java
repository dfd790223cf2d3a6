package fr.passerelle.export;

import fr.passerelle.export.ActionPlan.NextStep;
import fr.passerelle.export.ActionPlan.PlanOccupation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plan's next steps: concrete, each with the date to do it by, counted from the interview. Registration is asked
 * about four weeks before the session starts (organisations hold information meetings and interviews before entry,
 * and a funded place must be granted before day one), never later than the day before the start, never sooner than
 * a week from the interview unless the start is closer. Funding is asked a week after the first contact.
 */
final class NextStepsPlanner {
    static final int REGISTER_WEEKS_BEFORE = 4;
    static final int CV_DAYS = 7;
    static final int APPLY_DAYS = 14;
    static final int FOLLOW_UP_DAYS = 30;

    private NextStepsPlanner() {
    }

    /**
     * {@code remote}: she already accepts distance learning, so the step to find a training does not suggest it (the
     * search found none remote either).
     */
    static List<NextStep> plan(LocalDate today, PlanOccupation occupation, PlanTraining training, List<PlanCompany> companies,
                               boolean noTrainingFound, boolean remote, PlanLanguage in) {
        List<NextStep> steps = new ArrayList<>();
        if (training != null) {
            LocalDate contactBy = contactBy(today, training.start());
            String who = training.provider() == null ? in.t("step.provider.none") : in.t("step.provider", training.provider());
            String where = training.city() == null ? "" : in.t("step.place", training.city());
            steps.add(new NextStep(contactBy, training.start() == null
                    ? in.t("step.contact.dates", who, where, training.title())
                    : in.t("step.contact.session", who, where, in.date(training.start()))));
            LocalDate fundingBy = fundingBy(contactBy, training.start());
            for (String ask : training.funding().howToAsk()) {
                steps.add(new NextStep(fundingBy, ask));
            }
        } else if (noTrainingFound) {
            steps.add(new NextStep(today.plusDays(APPLY_DAYS), in.t("step.findTraining",
                    remote ? "" : in.t("step.findTraining.suggestRemote"))));
        }
        String held = occupation.skillsHeld().isEmpty() ? "" : in.t("step.cv.held", String.join(in.t("step.cv.separator"),
                occupation.skillsHeld().stream().limit(2).map(PlainWords::lowerFirst).toList()));
        steps.add(new NextStep(today.plusDays(CV_DAYS), in.t("step.cv", occupation.label(), held)));
        if (!companies.isEmpty()) {
            String first = String.join(", ", companies.stream().limit(3).map(PlanCompany::name).toList());
            if (training == null) {
                steps.add(new NextStep(today.plusDays(APPLY_DAYS), in.t("step.spontaneous", first)));
                steps.add(new NextStep(today.plusDays(APPLY_DAYS), in.t("step.immersion")));
            } else {
                LocalDate by = training.start() != null ? training.start() : today.plusDays(FOLLOW_UP_DAYS);
                steps.add(new NextStep(by, in.t("step.present", companies.get(0).name())));
            }
        }
        steps.add(new NextStep(today.plusDays(FOLLOW_UP_DAYS), in.t("step.review")));
        steps.sort(Comparator.comparing(NextStep::by, Comparator.nullsLast(Comparator.naturalOrder())));
        return steps;
    }

    /** Four weeks before the start, at least a week from now, at most the day before the start, never in the past. */
    static LocalDate contactBy(LocalDate today, LocalDate start) {
        if (start == null) {
            return today.plusDays(APPLY_DAYS);
        }
        LocalDate by = start.minusWeeks(REGISTER_WEEKS_BEFORE);
        LocalDate soonest = today.plusDays(CV_DAYS);
        if (by.isBefore(soonest)) {
            by = soonest;
        }
        if (!by.isBefore(start)) {
            by = start.minusDays(1);
        }
        return by.isBefore(today) ? today : by;
    }

    /** A week after the first contact, still before the start. */
    static LocalDate fundingBy(LocalDate contactBy, LocalDate start) {
        LocalDate by = contactBy.plusDays(CV_DAYS);
        if (start != null && !by.isBefore(start)) {
            by = start.minusDays(1);
        }
        return by.isBefore(contactBy) ? contactBy : by;
    }
}
