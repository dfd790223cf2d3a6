package fr.passerelle.ui.path;

import fr.passerelle.engine.result.TrainingOption;
import fr.passerelle.ui.common.FrenchFormats;

/**
 * A training of the detail table: the option for sorting (numbers and dates sort as such) and its French texts.
 */
public record TrainingRow(TrainingOption option) {
    public String title() {
        return option.title();
    }

    public String provider() {
        return option.provider() == null ? "non précisé" : option.provider();
    }

    public String place() {
        if (option.city() == null) {
            return option.remote() ? "à distance" : "";
        }
        return option.city() + (option.remote() ? " (ou à distance)" : "");
    }

    /** Null sorts last: a distance-learning session without place. */
    public Double distanceKm() {
        return option.distanceKm();
    }

    public String distance() {
        return option.distanceKm() == null ? "à distance" : FrenchFormats.distance(option.distanceKm());
    }

    public Integer hoursValue() {
        return option.hours();
    }

    public String hours() {
        return option.hours() == null ? "inconnue" : FrenchFormats.hours(option.hours());
    }

    public java.time.LocalDate startValue() {
        return option.start();
    }

    public String start() {
        return option.start() == null ? "date inconnue" : FrenchFormats.date(option.start());
    }

    /** "20 sept. 2027": the whole date in a narrow column. */
    public String startShort() {
        return option.start() == null ? "inconnu" : FrenchFormats.shortDate(option.start());
    }

    public Long costValue() {
        return option.costCents();
    }

    public String cost() {
        return FrenchFormats.money(option.costCents(), "prix inconnu");
    }

    /** "Villeneuve-d'Ascq, 7,5 km": where, and how far (sorted by the distance). */
    public String placeAndDistance() {
        String place = place();
        if (option.distanceKm() == null) {
            return place.isEmpty() ? "à distance" : place;
        }
        return (place.isEmpty() ? "" : place + ", ") + FrenchFormats.distance(option.distanceKm());
    }

    /** The certain remainder; 0 for a bought place whatever its price (see {@link FundingText}). */
    public Long remainingValue() {
        return FundingText.certainValue(option);
    }

    public String remaining() {
        return FundingText.certainCell(option);
    }

    /** What would be left if the possible aids were granted; "—" when nothing would change. */
    public Long possibleValue() {
        return FundingText.possibleValue(option);
    }

    public String possible() {
        return FundingText.possibleCell(option);
    }

    /** Who pays, readable ("Place achetée (Conseil régional, France Travail)", "CPF 500 € ; possible : l'AIF"). */
    public String payers() {
        return FundingText.payers(option);
    }
}
