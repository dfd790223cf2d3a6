package fr.passerelle.ui.market;

import fr.passerelle.engine.MarketQuery;
import fr.passerelle.engine.index.BmoIndex;
import fr.passerelle.ui.common.FrenchFormats;
import fr.passerelle.ui.common.Messages;
import java.util.function.Function;

/** One occupation of the local market as the table shows it: numbers to sort by, text to read in the window's language. */
public record MarketRow(MarketQuery.Row row, Messages messages) {

    /** The row in French. */
    public MarketRow(MarketQuery.Row row) {
        this(row, Messages.french());
    }

    public String offersText() {
        return messages.number(offers());
    }

    public String jobSeekersText() {
        return messages.number(jobSeekers());
    }

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
        return row.offersPerJobSeeker() < 0 ? "—" : messages.decimal(row.offersPerJobSeeker(), 2);
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
        return row.offersDepartements() == null ? "—" : messages.number(row.offersDepartements());
    }

    public double difficulty() {
        return row.bmoDifficultyPct() == null ? -1 : row.bmoDifficultyPct();
    }

    public String difficultyText() {
        return row.bmoDifficultyPct() == null ? "—" : messages.decimal(row.bmoDifficultyPct(), 0) + (messages.isEnglish() ? "%" : " %");
    }

    /** BMO hiring projects of the zone's areas (the FAP métier's figure): see {@link #sortValue}. */
    public long projects() {
        return sortValue(BmoIndex.Figures::projects);
    }

    public String projectsText() {
        return text(BmoIndex.Figures::projects);
    }

    public long difficultProjects() {
        return sortValue(BmoIndex.Figures::difficult);
    }

    public String difficultProjectsText() {
        return text(BmoIndex.Figures::difficult);
    }

    public long seasonalProjects() {
        return sortValue(BmoIndex.Figures::seasonal);
    }

    public String seasonalProjectsText() {
        return text(BmoIndex.Figures::seasonal);
    }

    /**
     * To sort by: the known sum (a lower bound when some cells are masked); -1 when every cell is masked (unknown,
     * after every known figure, never taken for 0), -2 without any BMO row.
     */
    private long sortValue(Function<BmoIndex.Figures, BmoIndex.Count> which) {
        if (row.projects() == null) {
            return -2;
        }
        BmoIndex.Count c = which.apply(row.projects());
        return c.isEmpty() ? -2 : c.unknown() ? -1 : c.known();
    }

    /** "1 234", "≥ 120" when some cells are masked, "*" (as in the survey file) when all are, "—" without a row. */
    private String text(Function<BmoIndex.Figures, BmoIndex.Count> which) {
        if (row.projects() == null || which.apply(row.projects()).isEmpty()) {
            return "—";
        }
        return countText(which.apply(row.projects()), messages);
    }

    /** A BMO count in words, in French: see {@link #text}. */
    static String countText(BmoIndex.Count c) {
        return countText(c, Messages.french());
    }

    /** A BMO count in words in the window's language ("≥ 1 234" / "≥ 1,234"). */
    static String countText(BmoIndex.Count c, Messages messages) {
        if (c.isEmpty()) {
            return "—";
        }
        if (c.unknown()) {
            return "*";
        }
        return (c.partial() ? "≥" + FrenchFormats.NBSP : "") + messages.number(c.known());
    }
}
