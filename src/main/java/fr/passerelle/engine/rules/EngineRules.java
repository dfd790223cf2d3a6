package fr.passerelle.engine.rules;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Every scoring constant and threshold of the path engine, in one place, each with the reason for its value. The
 * reason texts of a path and the engine's developer page ({@code src/site/markdown/engine.md}, checked by a test)
 * take their numbers from here: change a value here and both follow.
 *
 * <p>The values were tuned against the counsellor judgements of {@code CounsellorEvaluationTest} (17 profiles on the
 * real national data); the reasons say what each one protects.
 */
public final class EngineRules {

    /**
     * One constant: its name, its value, what it measures, and why it has this value; {@code fr} is the value in
     * French notation ({@code 0,05}, {@code 1 600}), formatted once because reason texts print it on every path.
     */
    public record Rule(String name, double value, String meaning, String why, String fr) {

        public int asInt() {
            return (int) Math.round(value);
        }
    }

    private static final List<Rule> ALL = new ArrayList<>();

    private static Rule rule(String name, double value, String meaning, String why) {
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        Rule rule = new Rule(name, value, meaning, why, format.format(value).replace('\u202F', ' ').replace('\u00A0', ' '));
        ALL.add(rule);
        return rule;
    }

    // ---- Links: why an occupation is a candidate, and how strong the official link is (0..1) ----

    public static final Rule ROME4_RANK_STEP = rule("ROME4_RANK_STEP", 0.05,
            "strength lost per rank of a ROME 4 mobility link (rank 1 = 1)",
            "a rank-10 link, the usual end of a list, stays as strong as a ROME 3 'évolution' link");
    public static final Rule ROME4_MIN_STRENGTH = rule("ROME4_MIN_STRENGTH", 0.3,
            "floor of a ROME 4 link's strength (lists run to rank 15)",
            "a link France Travail publishes never falls below Nesta's viability threshold for a transition");
    public static final Rule CLOSE_RANK = rule("CLOSE_RANK", 3,
            "last ROME 4 rank counted as a close move",
            "the first three ranks are the closest moves; further down the lists mix in evolutions such as "
                    + "D1505 → M1101 Acheteur (rank 10, an executive job)");
    public static final Rule ROME3_PROCHE = rule("ROME3_PROCHE", 0.75,
            "strength of a ROME 3 'proche' link (only where ROME 4 has no link to that fiche)",
            "official but from the previous referential (2009–2023): as strong as a ROME 4 rank 6, weaker than any "
                    + "close rank, so that a current link of similar rank wins");
    public static final Rule ROME3_EVOLUTION = rule("ROME3_EVOLUTION", 0.55,
            "strength of a ROME 3 'évolution' link (only where ROME 4 has no link to that fiche)",
            "a step up rather than a sideways move: no stronger than the last usual ROME 4 rank (10)");
    public static final Rule ROME3_SPREAD = rule("ROME3_SPREAD", 0.8,
            "share of a ROME 3 link (or connexe score) given to the other ROME 4 fiches derived from its ROME 3 code",
            "the old link named the whole ROME 3 fiche: the ROME 4 fiche that kept its code gets the link, the "
                    + "fiches split off from it get it weaker, and the reason says so (J1501 → K2601 must not reach "
                    + "Agent de crématorium at full strength)");
    public static final Rule CONNEXE_FACTOR = rule("CONNEXE_FACTOR", 0.8,
            "strength of a La Bonne Boite connexe score s: CONNEXE_FACTOR · s",
            "a local statistic of observed moves: even a perfect score stays below the first four ROME 4 ranks");
    public static final Rule CONNEXE_MIN_SCORE = rule("CONNEXE_MIN_SCORE", 0.3,
            "lowest connexe score that makes a candidate",
            "below Nesta's viability threshold the pairs are noise");

    // ---- Proximity and shared skills ----

    public static final Rule LINK_WEIGHT = rule("LINK_WEIGHT", 0.6,
            "weight of the link in proximity; shared skills weigh 1 − LINK_WEIGHT",
            "the link says the move is recognised; skill lists differ in length between fiches, so the share of "
                    + "shared skills is the noisier of the two");
    public static final Rule NOW_MIN_SHARED = rule("NOW_MIN_SHARED", 6,
            "fewest shared skill units for 'no training needed'",
            "a real overlap, not a coincidence of the generic skills most fiches list (team spirit, rigour): a "
                    + "cashier shares far more units with a shelf filler (D1507) than with a home seller (D1424)");
    public static final Rule NOW_MIN_SHARE = rule("NOW_MIN_SHARE", 0.2,
            "lowest share of the target's skill units she already has, for 'no training needed'",
            "a fifth of the target's skills and knowledge, about the median share of the ROME 4 close pairs; the pairs "
                    + "between 0.15 and 0.2 read as trainings, not moves (pisteur secouriste → agent cynophile)");
    public static final Rule SHOWN_SKILLS = rule("SHOWN_SKILLS", 6,
            "shared, missing skills and target diplomas named per occupation",
            "enough to read aloud, the count gives the rest");

    // ---- Level ----

    public static final Rule EXECUTIVE_LEVEL = rule("EXECUTIVE_LEVEL", 6,
            "level (national framework) assumed for an executive fiche whose access text gives none",
            "French executive jobs are recruited from bac+3 (framework level 6)");
    public static final Rule LEVEL_STEP_PENALTY = rule("LEVEL_STEP_PENALTY", 0.1,
            "proximity lost per level between the target's usual entry level and hers",
            "moving up is harder than moving down (Dawson et al. 2021): a small, explained penalty");
    public static final Rule LEVEL_MAX_PENALTY = rule("LEVEL_MAX_PENALTY", 0.3,
            "largest level penalty",
            "the level decides the horizon; the penalty only orders moves within it");
    public static final Rule NOW_LEVEL_GATE = rule("NOW_LEVEL_GATE", 5,
            "entry level from which being one level short rules out 'no training needed'",
            "up to bac the usual diploma is often replaced by experience (a CAP-level job is open to her); from "
                    + "bac+2 up, employers ask for the diploma");
    public static final Rule LONG_LEVEL_GAP = rule("LONG_LEVEL_GAP", 2,
            "levels between the target's entry level and hers that make a longer project",
            "two levels is at least a diploma of two years or more");
    public static final Rule LONG_LEVEL_GATE = rule("LONG_LEVEL_GATE", 6,
            "entry level from which even one level short makes a longer project",
            "from bac+3 up, each level is at least a year of higher education");

    // ---- Horizons ----

    public static final Rule SHORT_MAX_MONTHS = rule("SHORT_MAX_MONTHS", 6,
            "longest usual length (months) of a required diploma or licence for the 'short' horizon",
            "'about six months': the ambulance diploma or a FIMO is short, the state diploma of nursing assistant "
                    + "(44 weeks) is not");
    public static final Rule LONG_TRAINING_HOURS = rule("LONG_TRAINING_HOURS", 1600,
            "hours above which every training found makes the move a longer project",
            "a year of full-time training: 46 weeks of 35 h");

    // ---- Live job offers ----
    public static final Rule LIVE_OFFER_DAYS = rule("LIVE_OFFER_DAYS", 60,
            "days before its fetch date after which a job offer is no longer counted as live",
            "the API keeps offers online for months; one created more than two months before is most likely filled");

    // ---- Demand (0..1) ----

    public static final Rule BETTER_MARKET_RATIO = rule("BETTER_MARKET_RATIO", 1.5,
            "offers per job seeker, target / current, from which the market is 'clearly better'",
            "Bob Emploi's rule for proposing a reorientation");
    public static final Rule GAIN_SATURATION = rule("GAIN_SATURATION", 3,
            "gain (target / current) that earns the full gain part",
            "three times more offers per job seeker is already a very open market; more does not help her more");
    public static final Rule GAIN_SHARE = rule("GAIN_SHARE", 0.5,
            "weight of the gain in demand; tension weighs 1 − GAIN_SHARE",
            "the gain compares with her current job, tension says whether employers struggle: both matter");
    public static final Rule NEUTRAL = rule("NEUTRAL", 0.5,
            "value of a missing demand figure",
            "no figure is neither good nor bad news");
    public static final Rule TRUST_DEPARTEMENT = rule("TRUST_DEPARTEMENT", 0.75,
            "share of the demand signal kept when measured in the département, for want of a figure in her area",
            "a département is close to her employment area but mixes several");
    public static final Rule TRUST_REGION = rule("TRUST_REGION", 0.5,
            "share kept when measured in the region",
            "a region averages cities and rural areas");
    public static final Rule TRUST_FRANCE = rule("TRUST_FRANCE", 0.25,
            "share kept when measured nationally",
            "a national figure says little about her employment area: it counts for a quarter, and says so");

    public static final Rule TENSION_HIGH = rule("TENSION_HIGH", 4,
            "tension (1–5) from which the reason says employers struggle to recruit",
            "DARES publishes 4 and 5 as strong and very strong tension");
    public static final Rule TENSION_LOW = rule("TENSION_LOW", 2,
            "tension (1–5) up to which the reason says recruiting is easy",
            "DARES publishes 1 and 2 as weak and very weak tension");

    // ---- Effort of the easiest training (0 hard .. 1 easy) ----

    public static final Rule EFFORT_HOURS = rule("EFFORT_HOURS", 1500,
            "training hours that make the hours part 0",
            "about a year of training, the longest bridge a reorientation usually takes");
    public static final Rule EFFORT_WAIT_DAYS = rule("EFFORT_WAIT_DAYS", 365,
            "days before the start that make the wait part 0",
            "a session more than a year away is not a plan");
    public static final Rule EFFORT_AFFORDABLE = rule("EFFORT_AFFORDABLE", 0.6,
            "money part when something is left to pay but within her budget",
            "paying something is harder than nothing, easier than too much");
    public static final Rule EFFORT_W_HOURS = rule("EFFORT_W_HOURS", 0.4, "weight of hours in effort",
            "length is what a person in reorientation feels most");
    public static final Rule EFFORT_W_MONEY = rule("EFFORT_W_MONEY", 0.3, "weight of what is left to pay",
            "a counsellor can often find funding");
    public static final Rule EFFORT_W_WAIT = rule("EFFORT_W_WAIT", 0.2, "weight of the wait before the start",
            "sessions open again");
    public static final Rule EFFORT_W_DISTANCE = rule("EFFORT_W_DISTANCE", 0.1, "weight of the distance",
            "every session found is already within her radius");

    // ---- Ranking within a horizon ----

    public static final Rule W_PROXIMITY = rule("W_PROXIMITY", 0.45, "weight of proximity in the score",
            "a move must be possible for her: it weighs most. Swept against the counsellor evaluation (engine.md): the "
                    + "horizons decide the judgements whatever the weights; more weight here puts her immediate picks first a "
                    + "little more often only once demand falls to 0.2 or less");
    public static final Rule W_DEMAND = rule("W_DEMAND", 0.35, "weight of demand in the score",
            "then a market better than hers: kept well above 0.2 so that a counsellor still sees where employers hire");
    public static final Rule W_EFFORT = rule("W_EFFORT", 0.20, "weight of effort in the score",
            "a counsellor can act on it (funding, another session); the horizon already separates long bridges");

    // ---- Presentation and rescue ----

    public static final Rule SHOWN_TRAININGS = rule("SHOWN_TRAININGS", 5, "trainings shown per occupation",
            "a card, not a catalogue; the count gives the rest");
    public static final Rule SHOWN_COMPANIES = rule("SHOWN_COMPANIES", 5, "companies shown per occupation",
            "a card, not a directory; the count gives the rest");
    public static final Rule RESCUE_MIN_GOOD = rule("RESCUE_MIN_GOOD", 3,
            "fewest occupations with a clearly better market before a rescue is offered",
            "three real options is what a counsellor wants to discuss");
    public static final Rule RESCUE_RADIUS_1 = rule("RESCUE_RADIUS_1", 30, "first wider radius offered (km)",
            "La Bonne Boite's first rescue radius");
    public static final Rule RESCUE_RADIUS_2 = rule("RESCUE_RADIUS_2", 50, "second wider radius (km)",
            "La Bonne Boite's second rescue radius");
    public static final Rule RESCUE_RADIUS_3 = rule("RESCUE_RADIUS_3", 100, "widest radius offered (km)",
            "about a département: beyond, moving house is the question");

    private EngineRules() {
    }

    /** Every rule, in the order above. */
    public static List<Rule> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The rules as a Markdown table, for the developer page. */
    public static String markdownTable() {
        StringBuilder out = new StringBuilder("| Rule | Value | What it is | Why this value |\n|---|---|---|---|\n");
        for (Rule r : ALL) {
            out.append("| `").append(r.name()).append("` | ").append(r.value() == Math.rint(r.value())
                    ? String.valueOf(r.asInt()) : String.valueOf(r.value())).append(" | ").append(r.meaning())
                    .append(" | ").append(r.why()).append(" |\n");
        }
        return out.toString();
    }
}
