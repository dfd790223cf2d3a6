package fr.passerelle.export;

import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.engine.result.PathResult;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.export.ActionPlan.PlanOccupation;
import fr.passerelle.export.ActionPlan.Situation;
import java.time.LocalDate;
import fr.passerelle.engine.words.Param;
import fr.passerelle.funding.FundingAnswer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Decides what the action plan says, from a computed path: the chosen occupation and why, the chosen training and how
 * to apply, who pays what, the companies, dated next steps, the date of every figure, the sample-data line. Pure: the
 * same path, choices and day give the same plan.
 */
public final class ActionPlanBuilder {
    private ActionPlanBuilder() {
    }

    /**
     * @param targetRome the chosen occupation (must be in the path)
     * @param sessionId  the chosen training session (one of the occupation's trainings in the path), or null for the
     *                   plan's own choice (the first training shown), or no training when none is needed/found
     * @param personName as typed in the profile (may be null: "la personne accompagnée")
     * @throws IllegalArgumentException in French, naming what the path holds, when the occupation or session is not in it
     */
    public static ActionPlan build(PathResult path, String targetRome, String sessionId, String personName, LocalDate today) {
        return build(path, targetRome, sessionId, personName, today, TrainingContacts.NONE);
    }

    /** Same, with the catalogue's address and entry conditions of each training (the path carries none). */
    public static ActionPlan build(PathResult path, String targetRome, String sessionId, String personName, LocalDate today,
                                   TrainingContacts contacts) {
        return build(path, targetRome, sessionId, personName, today, contacts, PlanLanguage.FRENCH);
    }

    /**
     * Same, every text in {@code language}: headings, reasons, next steps, dates of the figures, offers and companies
     * lines. Errors stay in French (they are the counsellor's, as every error of the workstation).
     */
    public static ActionPlan build(PathResult path, String targetRome, String sessionId, String personName, LocalDate today,
                                   TrainingContacts contacts, PlanLanguage language) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        PlanLanguage in = language;
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(contacts, "contacts");
        TargetOccupation target = target(path, targetRome);
        JobSeekerProfile p = path.profile();
        List<PlanTraining> trainings = new ArrayList<>();
        for (TrainingOption o : target.trainings()) {
            trainings.add(training(o, p, contacts, in));
        }
        PlanTraining chosen = chosen(target, trainings, sessionId);
        List<PlanCompany> companies = target.companies().stream().map(c -> company(c, in)).toList();
        PlanOccupation occupation = new PlanOccupation(target.rome(), target.label(),
                PlainWords.why(target, path.sourceLabel(), p.radiusKm(), chosen != null, in), target.sharedSkills(), target.missingSkills(),
                target.noTrainingNeeded(), PlainWords.when(target.horizon(), in), PlainWords.required(target.access(), in));
        boolean noneFound = chosen == null && !target.noTrainingNeeded();
        // The level's name: the profile's French label, or the bundle's English name of the same framework level.
        String level = in.english() ? in.reasons().format(Param.level(p.level().framework())) : p.level().label();
        Situation situation = new Situation(p.rome().value(), path.sourceLabel(), path.communeName(), p.commune().value(), path.departement(),
                p.radiusKm(), level, p.maxHours(), p.cpfCents(), p.budgetCents(), p.remote());
        ActionPlan plan = new ActionPlan(personName, today, situation, occupation, chosen, chosen != null ? null : note(target, p, in),
                trainings, target.trainingsFound(), companies, target.companiesFound(),
                NextStepsPlanner.plan(today, occupation, chosen, companies, noneFound, p.remote(), in), DataDates.of(path.dataAsOf(), in),
                DataDates.sampleNotice(path.dataAsOf(), in), PlanOffers.of(target.liveOffers(), p.radiusKm(), in), in, null);
        // Who pays what: the funding engine's answer each training of the path carries, through withFunding so that its
        // ways of asking become dated steps. The plan command and the window both come here: they print the same plan.
        Map<String, FundingAnswer> answers = new HashMap<>();
        target.trainings().stream().filter(o -> o.funding() != null).forEach(o -> answers.put(o.sessionId(), o.funding()));
        return answers.isEmpty() ? plan : plan.withFunding(t -> answers.containsKey(t.sessionId())
                ? AnswerFunding.of(answers.get(t.sessionId()), t, in) : t.funding());
    }

    private static TargetOccupation target(PathResult path, String rome) {
        Objects.requireNonNull(rome, "targetRome");
        String code = rome.strip().toUpperCase(java.util.Locale.ROOT);
        return path.occupations().stream().filter(t -> t.rome().equals(code)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("métier visé : " + code + " n'est pas dans son parcours"
                        + (path.occupations().isEmpty() ? " (aucun métier proposé)" : " (métiers proposés : "
                        + path.occupations().stream().map(t -> t.rome() + " " + t.label()).collect(Collectors.joining(", ")) + ")")));
    }

    private static PlanTraining chosen(TargetOccupation target, List<PlanTraining> trainings, String sessionId) {
        if (sessionId != null) {
            return trainings.stream().filter(t -> t.sessionId().equals(sessionId)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("formation : la session " + sessionId + " n'est pas parmi les formations "
                            + "proposées pour " + target.rome() + (trainings.isEmpty() ? " (aucune)" : " (sessions : "
                            + trainings.stream().map(PlanTraining::sessionId).collect(Collectors.joining(", ")) + ")")));
        }
        return target.noTrainingNeeded() || trainings.isEmpty() ? null : trainings.get(0);
    }

    private static String note(TargetOccupation t, JobSeekerProfile p, PlanLanguage in) {
        String radius = in.t("plan.radius", p.radiusKm());
        if (t.noTrainingNeeded()) {
            return in.t("note.direct") + (t.trainingsFound() == 0 ? "" : in.t("note.direct.more",
                    in.count("note.exist", t.trainingsFound()), radius, p.remote() ? in.t("note.direct.remote") : ""));
        }
        return in.t("note.none", radius, p.remote() ? in.t("note.none.remote") : "", p.remote() ? "" : in.t("note.none.suggestRemote"));
    }

    private static PlanTraining training(TrainingOption o, JobSeekerProfile p, TrainingContacts contacts, PlanLanguage in) {
        TrainingContact contact = contacts.find(o.sessionId()).orElse(null);
        return new PlanTraining(o.sessionId(), o.title(), o.provider() != null ? o.provider() : contact == null ? null : contact.provider(),
                o.city(), o.communeInsee(), o.distanceKm(), o.remote(), o.hours(), o.start(), o.end(), o.certification(),
                o.funders(), o.cpfEligible(), o.costCents(), contact, PathFundingEstimate.of(o, p.cpfCents(), p.budgetCents(), in));
    }

    private static PlanCompany company(CompanyOption c, PlanLanguage in) {
        String why = in.t("company.why", c.hiringScore(), in.t(c.estimated() ? "company.estimated" : "company.published"));
        return new PlanCompany(c.siret(), c.name(), c.commune(), c.communeInsee(), c.distanceKm(), c.hiringScore(),
                c.estimated(), c.nafCode(), why);
    }
}
