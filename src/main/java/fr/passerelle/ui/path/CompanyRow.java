package fr.passerelle.ui.path;

import fr.passerelle.engine.result.CompanyOption;
import fr.passerelle.ui.common.FrenchFormats;

/** A company of the detail table: values for sorting and French texts. */
public record CompanyRow(CompanyOption option) {
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
        return FrenchFormats.distance(option.distanceKm());
    }

    public int score() {
        return option.hiringScore();
    }

    /** "publié" (La Bonne Boite's score) or "estimé" (from the sector's hirings). */
    public String source() {
        return option.estimated() ? "estimé (secteur)" : "publié";
    }

    public String sector() {
        return option.nafCode() == null ? "" : "NAF " + option.nafCode();
    }
}
