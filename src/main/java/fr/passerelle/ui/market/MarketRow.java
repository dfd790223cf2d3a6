package fr.passerelle.ui.market;

import fr.passerelle.engine.MarketQuery;
import fr.passerelle.ui.common.FrenchFormats;

/** One occupation of the local market as the table shows it: numbers to sort by, French text to read. */
public record MarketRow(MarketQuery.Row row) {

    public String occupation() {
        return row.label() + " (" + row.rome() + ")";
    }

    /** Offers collected in a year over the areas (rounded: the file gives yearly averages). */
    public long offers() {
        return Math.round(row.offers());
    }

    public long jobSeekers() {
        return Math.round(row.jobSeekers());
    }

    /** Offers per job seeker, -1 when not computable (sorts last). */
    public double ratio() {
        return row.offersPerJobSeeker();
    }

    public String ratioText() {
        return row.offersPerJobSeeker() < 0 ? "—" : FrenchFormats.decimal(row.offersPerJobSeeker(), 2);
    }

    /** 1–5, 0 when not published (sorts last). */
    public int tension() {
        return row.tension() == null ? 0 : row.tension();
    }

    public String tensionText() {
        return row.tension() == null ? "—" : row.tension() + " / 5";
    }

    public long offersDepartements() {
        return row.offersDepartements() == null ? -1 : row.offersDepartements();
    }

    public String offersDepartementsText() {
        return row.offersDepartements() == null ? "—" : FrenchFormats.number(row.offersDepartements());
    }

    public double difficulty() {
        return row.bmoDifficultyPct() == null ? -1 : row.bmoDifficultyPct();
    }

    public String difficultyText() {
        return row.bmoDifficultyPct() == null ? "—" : FrenchFormats.decimal(row.bmoDifficultyPct(), 0) + " %";
    }
}
