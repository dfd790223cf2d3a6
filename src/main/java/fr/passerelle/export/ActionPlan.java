package fr.passerelle.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything the printed plan says, already decided (texts in French, amounts in cents, dates), built from a path by
 * {@link ActionPlanBuilder}. The writers only lay it out: nothing in the PDF or the CSV is computed there.
 *
 * @param personName    as typed in the profile, or null
 * @param interviewDate the day of the interview: the plan's date and the origin of every deadline
 * @param training      the chosen training, or null when the plan has none ({@code trainingNote} says why)
 * @param trainings     every training the path lists for the occupation (the chosen one included), in the path's order
 * @param trainingsFound how many trainings the path found in all (it lists only the best ones)
 * @param companiesFound how many companies the path found in all
 * @param sampleNotice  the line saying that the data are fictional samples, or null for real data
 * @param offers        the live job offers of the occupation near her, as the path shows them; null when the cache
 *                      holds no offers
 * @param language      the language every text of the plan is written in (the builder decides them all in it)
 * @param projects      the BMO hiring projects of her employment area for the occupation, or null: only the workshop
 *                      sheets print them (a counsellor's plan keeps its reasons)
 */
public record ActionPlan(String personName, LocalDate interviewDate, Situation situation, PlanOccupation occupation,
                         PlanTraining training, String trainingNote, List<PlanTraining> trainings, int trainingsFound,
                         List<PlanCompany> companies, int companiesFound, List<NextStep> nextSteps,
                         List<DataDate> dataDates, String sampleNotice, PlanOffers offers, PlanLanguage language,
                         PlanProjects projects) {
    /** Who the plan is made out to when the profile has no name (in French; {@link #addressee()} says it in the plan's language). */
    public static final String NO_NAME = "la personne accompagnée";

    public ActionPlan {
        Objects.requireNonNull(interviewDate, "interviewDate");
        language = language == null ? PlanLanguage.FRENCH : language;
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(occupation, "occupation");
        trainings = List.copyOf(trainings);
        companies = List.copyOf(companies);
        nextSteps = List.copyOf(nextSteps);
        dataDates = List.copyOf(dataDates);
        personName = personName == null || personName.isBlank() ? null : personName.strip();
        if (training != null && trainings.stream().noneMatch(t -> t.sessionId().equals(training.sessionId()))) {
            throw new IllegalArgumentException("the chosen training must be one of the plan's trainings");
        }
    }

    /** In French, without hiring projects. */
    public ActionPlan(String personName, LocalDate interviewDate, Situation situation, PlanOccupation occupation,
                      PlanTraining training, String trainingNote, List<PlanTraining> trainings, int trainingsFound,
                      List<PlanCompany> companies, int companiesFound, List<NextStep> nextSteps,
                      List<DataDate> dataDates, String sampleNotice, PlanOffers offers) {
        this(personName, interviewDate, situation, occupation, training, trainingNote, trainings, trainingsFound, companies,
                companiesFound, nextSteps, dataDates, sampleNotice, offers, PlanLanguage.FRENCH, null);
    }

    /** Without live offers (a cache that holds none). */
    public ActionPlan(String personName, LocalDate interviewDate, Situation situation, PlanOccupation occupation,
                      PlanTraining training, String trainingNote, List<PlanTraining> trainings, int trainingsFound,
                      List<PlanCompany> companies, int companiesFound, List<NextStep> nextSteps,
                      List<DataDate> dataDates, String sampleNotice) {
        this(personName, interviewDate, situation, occupation, training, trainingNote, trainings, trainingsFound, companies,
                companiesFound, nextSteps, dataDates, sampleNotice, null);
    }

    /** The same plan with the live offers the path shows for its occupation. */
    public ActionPlan withOffers(PlanOffers liveOffers) {
        return new ActionPlan(personName, interviewDate, situation, occupation, training, trainingNote, trainings,
                trainingsFound, companies, companiesFound, nextSteps, dataDates, sampleNotice, liveOffers, language, projects);
    }

    /** The same plan with the BMO hiring projects of her area (the workshop sheets), or without them (null). */
    public ActionPlan withProjects(PlanProjects hiringProjects) {
        return new ActionPlan(personName, interviewDate, situation, occupation, training, trainingNote, trainings,
                trainingsFound, companies, companiesFound, nextSteps, dataDates, sampleNotice, offers, language, hiringProjects);
    }

    /** The name the plan is made out to: the person's, or "la personne accompagnée" / "the person". */
    public String addressee() {
        return personName == null ? language.t("plan.noName") : personName;
    }

    /** The document's title, e.g. "Plan d'action de Juliette" / "Action plan for Juliette". */
    public String title() {
        return personName == null ? language.t("plan.title") : language.t("plan.title.named", personName);
    }

    public boolean isSampleData() {
        return sampleNotice != null;
    }

    /** The trainings other than the chosen one, in the path's order. */
    public List<PlanTraining> otherTrainings() {
        return trainings.stream().filter(t -> training == null || !t.sessionId().equals(training.sessionId())).toList();
    }

    /**
     * The same plan with each training's funding replaced, e.g. by the funding engine's answer for that session. The
     * chosen training is replaced too, and the next steps are planned again so that the new answer's ways of asking
     * ({@link PlanFunding#howToAsk()}) become dated steps; the rest of the plan is unchanged.
     */
    public ActionPlan withFunding(Function<PlanTraining, PlanFunding> funding) {
        List<PlanTraining> replaced = new ArrayList<>();
        PlanTraining chosen = null;
        for (PlanTraining t : trainings) {
            PlanTraining n = t.withFunding(funding.apply(t));
            replaced.add(n);
            if (training != null && t.sessionId().equals(training.sessionId())) {
                chosen = n;
            }
        }
        List<NextStep> steps = NextStepsPlanner.plan(interviewDate, occupation, chosen, companies,
                chosen == null && !occupation.noTrainingNeeded(), situation != null && situation.remote(), language);
        return new ActionPlan(personName, interviewDate, situation, occupation, chosen, trainingNote, replaced, trainingsFound,
                companies, companiesFound, steps, dataDates, sampleNotice, offers, language, projects);
    }

    /** Where she stands today, as the profile says (amounts in cents). */
    public record Situation(String currentRome, String currentLabel, String commune, String communeInsee, String departement, int radiusKm,
                            String levelLabel, Integer maxHours, long cpfCents, long budgetCents, boolean remote) {
    }

    /**
     * The chosen occupation and why, in plain words. {@code when}: the horizon said to her ("Dans quelques mois : après
     * une formation courte ou un permis"), null when the path has none; {@code required}: for a regulated occupation,
     * the diploma or licence the law requires and its usual length, null otherwise.
     */
    public record PlanOccupation(String rome, String label, List<String> why, List<String> skillsHeld,
                                 List<String> skillsToLearn, boolean noTrainingNeeded, String when, String required) {
        public PlanOccupation {
            why = List.copyOf(why);
            skillsHeld = List.copyOf(skillsHeld);
            skillsToLearn = List.copyOf(skillsToLearn);
        }

        /** Without horizon nor requirement. */
        public PlanOccupation(String rome, String label, List<String> why, List<String> skillsHeld, List<String> skillsToLearn,
                              boolean noTrainingNeeded) {
            this(rome, label, why, skillsHeld, skillsToLearn, noTrainingNeeded, null, null);
        }
    }

    /** One thing to do, with the date to do it by (null when it has no deadline). */
    public record NextStep(LocalDate by, String text) {
        public NextStep {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The date of one kind of figure: its version or reference date as the source gives it ("2021", "ROME 4.60", "au
     * 21 décembre 2021"; null when the source gives none) and the latest day it was imported.
     */
    public record DataDate(String what, String version, LocalDate imported) {
        /** "2021 (importé le 30 novembre 2026)", or "importé le 30 novembre 2026" without a version. */
        public String asOf() {
            return asOf(PlanLanguage.FRENCH);
        }

        /** {@link #asOf()} in the plan's language: "2021 (imported on 30 November 2026)". */
        public String asOf(PlanLanguage in) {
            String when = imported == null ? "" : in.t("data.imported", in.date(imported));
            return version == null ? when : version + (when.isEmpty() ? "" : " (" + when + ")");
        }
    }

    /**
     * The BMO hiring projects of her employment area for the occupation, as the path's reason says them (year, count,
     * share judged difficult, the métiers it comes from) with the survey's source line, in the plan's language.
     */
    public record PlanProjects(int year, String text, String source) {
        public PlanProjects {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }
    }
}
