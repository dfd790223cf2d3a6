package fr.passerelle.ui.path;

import fr.passerelle.engine.profile.JobSeekerProfile;
import fr.passerelle.engine.LiveOfferWords;
import fr.passerelle.engine.PlaceNames;
import fr.passerelle.engine.index.MarketIndex;
import fr.passerelle.engine.result.Demand;
import fr.passerelle.engine.result.Reason;
import fr.passerelle.engine.result.TargetOccupation;
import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;

/** Writes a target's card in French from the engine's result: figures with their place and year. */
public final class CardFormatter {
    private CardFormatter() {
    }

    public static TargetCard card(TargetOccupation t, JobSeekerProfile profile) {
        return card(t, profile, Messages.french());
    }

    /** The card in the window's language: the engine's reasons, the lines written here, the training and funding lines. */
    public static TargetCard card(TargetOccupation t, JobSeekerProfile profile, Messages messages) {
        TrainingOption easiest = t.trainings().isEmpty() ? null : t.trainings().get(0);
        return new TargetCard(t.rome(), t.label(), messages.decimal(t.score(), 2), HorizonText.reason(t, messages.reasons()),
                HorizonText.access(t, messages), why(t, messages), demand(t.demand(), messages), training(t, easiest, profile, messages),
                leftToPay(t, easiest, messages), companies(t, profile, messages), LiveOfferWords.summary(t.liveOffers(), profile.radiusKm(), messages.reasons()), t.demand().betterMarket(), t.trainingsFound() > 0 || t.noTrainingNeeded(),
                t.companiesFound() > 0);
    }

    /** The first proximity reason: the official mobility link and what she already knows. */
    static String why(TargetOccupation t, Messages messages) {
        MessageRenderer in = messages.reasons();
        String reason = t.reasons().stream().filter(r -> r.kind().equals("proximité")).map(r -> r.text(in)).findFirst()
                .orElse(t.reasons().isEmpty() ? "" : t.reasons().get(0).text(in));
        if (!t.sharedSkills().isEmpty()) {
            reason += " · " + messages.get("path.card.skills", skillsHeld(t));
        }
        return reason;
    }

    /**
     * How many of the target's skills and knowledge she holds, as the skills reason counts them: the path names only
     * the first few (SHOWN_SKILLS), so their number is not the count.
     */
    private static long skillsHeld(TargetOccupation t) {
        return t.reasons().stream().map(fr.passerelle.engine.result.Reason::message)
                .filter(m -> m != null && m.key().equals("proximity.skills") && !m.params().isEmpty())
                .map(m -> m.params().get(0)).filter(p -> p instanceof fr.passerelle.engine.words.Param.Number)
                .mapToLong(p -> ((fr.passerelle.engine.words.Param.Number) p).value()).findFirst().orElse(t.sharedSkills().size());
    }

    /** "Tension 4/5 · 2,1 offres par demandeur (+85 %) · bassin d'emploi Lille, 2021 · 312 offres dans le 59 au 21 décembre 2021". */
    public static String demandLine(Demand d) {
        return demand(d, Messages.french());
    }

    /** The demand line in the window's language ("Labour shortage 4/5 · … · employment area Lille, 2021"). */
    public static String demandLine(Demand d, Messages messages) {
        return demand(d, messages);
    }

    public static String companiesLine(TargetOccupation t, JobSeekerProfile profile) {
        return companies(t, profile, Messages.french());
    }

    public static String companiesLine(TargetOccupation t, JobSeekerProfile profile, Messages messages) {
        return companies(t, profile, messages);
    }

    static String demand(Demand d, Messages messages) {
        List<String> parts = new ArrayList<>();
        if (d.tension() != null) {
            parts.add(messages.get("path.card.demand.tension", String.valueOf(d.tension())));
        }
        if (d.offersPerJobSeeker() != null) {
            double ratio = d.offersPerJobSeeker();
            // French reads "1,5 offre", English "1.5 offers": the plural starts at 2 in French, at anything but 1 in English.
            boolean many = messages.isEnglish() ? ratio != 1 : ratio >= 2;
            parts.add(messages.get(many ? "path.card.demand.ratio.many" : "path.card.demand.ratio.one", messages.decimal(ratio, 1),
                    d.gainPercent() == null ? "" : messages.get("path.card.demand.gain", messages.signedPercent(d.gainPercent()))));
        }
        if (!parts.isEmpty() && d.territory() != null) {
            parts.add(place(d, messages) + (d.year() == null ? "" : ", " + d.year()));
        }
        if (d.offersInDepartement() != null) {
            parts.add(messages.get("path.card.demand.offers", messages.number(d.offersInDepartement()), d.offersInDepartement(),
                    d.departement(), d.offersDate() == null ? "" : messages.get("path.card.demand.offers.date", messages.date(d.offersDate()))));
        }
        return parts.isEmpty() ? messages.get("path.card.demand.none") : String.join(" · ", parts);
    }

    /**
     * "bassin d'emploi Lille" / "employment area Lille": the level in the window's language, the area name in the usual
     * case (the sources write it in capitals). "France" is not repeated ("France France").
     */
    private static String place(Demand d, Messages messages) {
        String territory = PlaceNames.readable(d.territory());
        if (d.level() == null || territory.toLowerCase(java.util.Locale.ROOT).startsWith(d.level().toLowerCase(java.util.Locale.ROOT))) {
            return territory;
        }
        return levelWord(d.level(), messages) + " " + territory;
    }

    /** The engine gives the level as its French word (MarketIndex.Level's label, also in the JSON): said here in the window's language. */
    static String levelWord(String frenchLevel, Messages messages) {
        for (MarketIndex.Level level : MarketIndex.Level.values()) {
            if (level.label().equals(frenchLevel)) {
                return messages.get("path.card.demand.level." + level.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return frenchLevel;
    }

    static String training(TargetOccupation t, TrainingOption easiest, JobSeekerProfile profile, Messages messages) {
        if (t.noTrainingNeeded()) {
            return t.trainingsFound() > 0 ? messages.get("path.card.noTraining.possible", messages.number(t.trainingsFound()), t.trainingsFound())
                    : messages.get("path.card.noTraining");
        }
        if (easiest == null) {
            return messages.get("path.card.training.none", String.valueOf(profile.radiusKm()),
                    profile.remote() ? messages.get("path.card.training.none.remote") : "",
                    profile.maxHours() == null ? "" : messages.get("path.card.training.none.hours", messages.hours(profile.maxHours())));
        }
        return messages.reasons().noBreakSpaces().render(easiestTraining(t, easiest));
    }

    /** "CAP Cuisine, 800 h, début le 4 janvier 2027, Lille à 7,5 km (12 formations en tout)": the easiest training. */
    static Message easiestTraining(TargetOccupation t, TrainingOption easiest) {
        Message where = easiest.distanceKm() == null ? Message.of("course.card.remote") : Message.of("course.card.where",
                Param.of(easiest.city() == null ? Message.NONE : Message.of("course.card.city", Param.label(easiest.city()))),
                Param.of(TrainingRow.distance(easiest.distanceKm())));
        return Message.of("course.card", Param.label(easiest.title()),
                Param.of(easiest.hours() == null ? Message.NONE : Message.of("course.card.hours", Param.hours(easiest.hours()))),
                Param.of(easiest.start() == null ? Message.NONE : Message.of("course.card.start", Param.date(easiest.start()))),
                Param.of(where),
                Param.of(t.trainingsFound() > 1 ? Message.of("course.card.count", Param.number(t.trainingsFound())) : Message.NONE));
    }

    /** The certain remainder of the easiest training, the possible one when lower (see {@link FundingText}). */
    static String leftToPay(TargetOccupation t, TrainingOption easiest, Messages messages) {
        if (t.noTrainingNeeded()) {
            return messages.get("path.card.nothingToPay");
        }
        return easiest == null ? "" : FundingText.leftToPay(easiest, messages.reasons());
    }

    static String companies(TargetOccupation t, JobSeekerProfile profile, Messages messages) {
        if (t.companiesFound() == 0) {
            return messages.get("path.card.companies.none", String.valueOf(profile.radiusKm()));
        }
        return messages.get("path.card.companies", messages.number(t.companiesFound()), t.companiesFound(), String.valueOf(profile.radiusKm()));
    }
}
