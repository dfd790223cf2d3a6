package fr.passerelle.ui.path;

import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import fr.passerelle.ui.common.FrenchFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A training of the detail table: the option for sorting (numbers and dates sort as such) and its texts in the
 * window's language ({@code in}; French when built from the option alone), figures with no-break spaces.
 */
public record TrainingRow(TrainingOption option, MessageRenderer in) {
    private static final DateTimeFormatter ENGLISH_SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public TrainingRow {
        in = in.noBreakSpaces();
    }

    /** The row in French. */
    public TrainingRow(TrainingOption option) {
        this(option, MessageRenderer.french());
    }

    public String title() {
        return option.title();
    }

    public String provider() {
        return option.provider() == null ? say("course.provider.unknown") : option.provider();
    }

    public String place() {
        if (option.city() == null) {
            return option.remote() ? say("course.remote") : "";
        }
        return option.remote() ? in.render(Message.of("course.place.remote", Param.label(option.city()))) : option.city();
    }

    /** Null sorts last: a distance-learning session without place. */
    public Double distanceKm() {
        return option.distanceKm();
    }

    public String distance() {
        return option.distanceKm() == null ? say("course.remote") : in.render(distance(option.distanceKm()));
    }

    /** "7,5 km" / "7.5 km": one decimal, rounded as the window's French format does (half-even on the exact value). */
    static Message distance(double km) {
        BigDecimal rounded = new BigDecimal(km).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return Message.of("course.distance", Param.decimal(rounded.scale() < 0 ? rounded.setScale(0) : rounded));
    }

    public Integer hoursValue() {
        return option.hours();
    }

    public String hours() {
        return option.hours() == null ? say("course.hours.unknown") : in.format(Param.hours(option.hours()));
    }

    public java.time.LocalDate startValue() {
        return option.start();
    }

    public String start() {
        return option.start() == null ? say("course.start.unknown") : in.format(Param.date(option.start()));
    }

    /** "20 sept. 2027" / "20 Sep 2027": the whole date in a narrow column. */
    public String startShort() {
        if (option.start() == null) {
            return say("course.startShort.unknown");
        }
        return in.isEnglish() ? ENGLISH_SHORT_DATE.format(option.start()) : FrenchFormats.shortDate(option.start());
    }

    public Long costValue() {
        return option.costCents();
    }

    public String cost() {
        return option.costCents() == null ? say("course.cost.unknown") : in.format(Param.money(option.costCents()));
    }

    /** "Villeneuve-d'Ascq, 7,5 km": where, and how far (sorted by the distance). */
    public String placeAndDistance() {
        String place = place();
        if (option.distanceKm() == null) {
            return place.isEmpty() ? say("course.remote") : place;
        }
        Message distance = distance(option.distanceKm());
        return in.render(place.isEmpty() ? distance : Message.of("course.place.distance", Param.label(place), Param.of(distance)));
    }

    /** The certain remainder; 0 for a bought place whatever its price (see {@link FundingText}). */
    public Long remainingValue() {
        return FundingText.certainValue(option);
    }

    public String remaining() {
        return FundingText.certainCell(option, in);
    }

    /** What would be left if the possible aids were granted; "—" when nothing would change. */
    public Long possibleValue() {
        return FundingText.possibleValue(option);
    }

    public String possible() {
        return FundingText.possibleCell(option, in);
    }

    /** Who pays, readable ("Place achetée (Conseil régional, France Travail)", "CPF 500 € ; possible : l'AIF"). */
    public String payers() {
        return FundingText.payers(option, in);
    }

    private String say(String key) {
        return in.render(Message.of(key));
    }
}
