package fr.passerelle.ui.path;

import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.ui.common.Messages;

/** A company of the detail table: values for sorting and texts in the window's language. */
public record CompanyRow(CompanyOption option, Messages messages) {

    /** The row in French (tests, callers without a window language). */
    public CompanyRow(CompanyOption option) {
        this(option, Messages.french());
    }

    public String name() {
        return option.name();
    }

    public String commune() {
        return option.commune();
    }

    public double distanceKm() {
        return option.distanceKm();
    }

    public String distance() {
        return messages.distance(option.distanceKm());
    }

    public int score() {
        return option.hiringScore();
    }

    /** "72/100". */
    public String scoreText() {
        return messages.get("detail.company.score", score());
    }

    /** "publié" (La Bonne Boite's score) or "estimé (secteur)" (from the sector's hirings); English beside. */
    public String source() {
        return messages.get(option.estimated() ? "detail.company.estimated" : "detail.company.published");
    }

    public String sector() {
        return option.nafCode() == null ? "" : "NAF " + option.nafCode();
    }

    /** The whole why in one sentence ("score d'embauche 72/100 publié, à 3,4 km"), the row's tooltip. */
    public String why() {
        return option.why(messages.reasons());
    }
}
