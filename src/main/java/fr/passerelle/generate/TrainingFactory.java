package fr.passerelle.generate;

import fr.passerelle.generate.FormacodeMatcher.Formacode;
import fr.passerelle.generate.ReferenceInputs.CommuneRef;
import fr.passerelle.generate.ReferenceInputs.Rome4;
import fr.passerelle.generate.Training.Action;
import fr.passerelle.generate.Training.Funder;
import fr.passerelle.generate.Training.Organisation;
import fr.passerelle.generate.Training.Place;
import fr.passerelle.generate.Training.Session;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Draws synthetic trainings. The ROME 4 fiche is drawn by the La Bonne Boite hirings of its ROME 3 parent (shared
 * among the fiches of that parent), its Formacode codes come from {@link FormacodeMatcher}, the places from
 * {@link Territory}; sessions start between December 2026 and December 2028, on a Monday.
 */
final class TrainingFactory {
    static final LocalDate FIRST_START = LocalDate.of(2026, 12, 1);
    static final LocalDate LAST_START = LocalDate.of(2028, 12, 31);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** Formacode "public" descriptors: tout public, demandeur d'emploi, salarié, salarié en reconversion, jeune 16-25 ans. */
    private static final String[] PUBLICS = {"80056", "80011", "80044", "80045", "80024"};
    private static final double[] PUBLIC_SHARE = {40, 30, 12, 10, 8};
    /** LHEO dict-financeurs: Région, Pôle emploi, OPCO, bénéficiaire, entreprise, AGEFIPH, Transition Pro, FSE. */
    private static final int[] FUNDERS = {2, 4, 16, 10, 5, 7, 17, 3};
    private static final double[] FUNDER_SHARE = {35, 20, 15, 15, 5, 3, 5, 2};
    private static final String[] ORGANISATION_TYPES = {"Centre de formation", "Institut de formation", "École des métiers",
        "Campus professionnel", "Organisme de formation", "Maison de la formation"};

    private final Territory territory;
    private final List<Rome4> romes;
    private final AliasSampler romeSampler;
    private final FormacodeMatcher matcher;
    private final Map<String, List<Formacode>> formacodes = new HashMap<>();
    private final AliasSampler kinds = new AliasSampler(Arrays.stream(TrainingKind.values()).mapToDouble(k -> k.weight).toArray());
    private final AliasSampler publics = new AliasSampler(PUBLIC_SHARE);
    private final AliasSampler funders = new AliasSampler(FUNDER_SHARE);
    private final AliasSampler actionsPerTraining = new AliasSampler(new double[] {0, 65, 25, 10});
    private final AliasSampler sessionsPerAction = new AliasSampler(new double[] {0, 35, 30, 20, 10, 0, 5});

    /** The organisations of one région and the numbering of what is written there. */
    final class Region {
        final String code;
        final Territory.Zone zone;
        final List<Organisation> organisations;
        final AliasSampler organisationSampler;
        long formations;
        long actions;
        long sessions;

        Region(Territory.Zone zone, int ordinal, long plannedSessions, SplittableRandom r) {
            this.code = zone.code();
            this.zone = zone;
            int count = (int) Math.min(99_999, plannedSessions / 50 + 2);
            List<Organisation> list = new ArrayList<>(count);
            double[] weights = new double[count];
            for (int i = 0; i < count; i++) {
                list.add(organisation(ordinal, i, r));
                weights[i] = 1.0 / StrictMath.pow(i + 1, 0.8);   // a few large organisations, many small ones
            }
            this.organisations = List.copyOf(list);
            this.organisationSampler = new AliasSampler(weights);
        }

        private Organisation organisation(int ordinal, int i, SplittableRandom r) {
            // organisations sit in towns more than companies do: the larger of two communes drawn
            int a = territory.drawIndex(zone, r);
            int b = territory.drawIndex(zone, r);
            Place place = place(territory.commune(territory.weight(a) >= territory.weight(b) ? a : b), r);
            String siren = Siret.siren(Siret.ORGANISATION_BASE + ordinal * 100_000L + i);
            String name = Draw.pick(r, ORGANISATION_TYPES) + " " + Addresses.of(place.commune().name()) + " n° "
                    + Fmt.pad(i + 1, 4) + " (synthétique)";
            String activity = Fmt.pad(Long.parseLong(digits(code)) % 100, 2) + siren;
            return new Organisation(id("OF", i + 1), Siret.siret(siren, 10 + i % 90), activity, name, place,
                    Addresses.phone(r), "contact@of-" + code + "-" + Fmt.pad(i + 1, 4) + ".example");
        }

        String id(String kind, long number) {
            return "SYN" + code + "_" + kind + "_" + Fmt.pad(number, 7);
        }
    }

    TrainingFactory(Territory territory, List<Rome4> romes, Map<String, Long> hiringsByRome3, FormacodeMatcher matcher) {
        this.territory = territory;
        this.romes = romes;
        this.matcher = matcher;
        Map<String, Integer> children = new HashMap<>();
        for (Rome4 rome : romes) {
            children.merge(rome.parent(), 1, Integer::sum);
        }
        double[] weights = new double[romes.size()];
        double sum = 0;
        int positive = 0;
        for (int i = 0; i < weights.length; i++) {
            Rome4 rome = romes.get(i);
            weights[i] = hiringsByRome3.getOrDefault(rome.parent(), 0L) / (double) children.get(rome.parent());
            sum += weights[i];
            positive += weights[i] > 0 ? 1 : 0;
        }
        double floor = positive == 0 ? 1 : sum / positive / 100;   // fiches without hiring data still appear, rarely
        for (int i = 0; i < weights.length; i++) {
            weights[i] = Math.max(weights[i], floor);
        }
        this.romeSampler = new AliasSampler(weights);
    }

    Region region(Territory.Zone zone, int ordinal, long plannedSessions, SplittableRandom r) {
        return new Region(zone, ordinal, plannedSessions, r);
    }

    /** A training of {@code region} with at most {@code maxSessions} sessions (at least one). */
    Training next(Region region, int maxSessions, SplittableRandom r) {
        Rome4 rome = romes.get(romeSampler.next(r));
        List<Formacode> codes = formacodes.computeIfAbsent(rome.code(), k -> matcher.match(rome, 3));
        TrainingKind kind = TrainingKind.values()[kinds.next(r)];
        String subject = kind.titleFromFormacode && !codes.isEmpty() ? codes.get(0).label() : rome.label();
        String title = String.format(kind.titlePattern, subject);
        Organisation organisation = region.organisations.get(region.organisationSampler.next(r));
        int actionCount = actionsPerTraining.next(r);
        List<Action> actions = new ArrayList<>(actionCount);
        int left = maxSessions;
        for (int a = 0; a < actionCount && left > 0; a++) {
            Action action = action(region, kind, organisation, Math.min(left, sessionsPerAction.next(r)), r);
            left -= action.sessions().size();
            actions.add(action);
        }
        String modules = codes.isEmpty() ? rome.label() : String.join(", ", codes.stream().map(Formacode::label).toList());
        int hoursCompany = actions.get(0).hoursCompany();
        return new Training(region.id("FO", ++region.formations), rome, codes, title,
"Acquérir les compétences du métier : " + rome.label() + " (fiche ROME " + rome.code() + ").",
                kind.certifying ? "Obtention de la certification visée, validée par un jury." : "Attestation de fin de formation et de compétences acquises.",
                "Modules : " + modules + (hoursCompany > 0 ? ". Période en entreprise de " + hoursCompany + " heures." : "."),
                kind.certifying, 1 + r.nextInt(4), Draw.pick(r, kind.entryLevels), kind.generalObjective,
                kind.certifying ? Integer.toString(90_000 + r.nextInt(10_000)) : null,
                Draw.pick(r, kind.exitLevels), List.copyOf(actions), organisation);
    }

    private Action action(Region region, TrainingKind kind, Organisation organisation, int sessionCount, SplittableRandom r) {
        int teaching = Draw.chance(r, 0.75) ? 0 : Draw.chance(r, 0.52) ? 1 : 2;
        int centre = roundHours(Draw.between(r, kind.minHours, kind.maxHours));
        double placement = centre * Draw.between(r, kind.minCompanyShare, kind.maxCompanyShare);
        int company = placement < 35 ? 0 : roundHours(placement);   // a placement is a week or more
        int total = centre + company;
        String rhythm;
        int weekly;
        if (teaching == 2) {
            rhythm = "À distance, à son rythme (environ 12 heures par semaine)";
            weekly = 12;
        } else if (Draw.chance(r, 0.8)) {
            rhythm = "Temps plein";
            weekly = 35;
        } else {
            rhythm = "Temps partiel";
            weekly = 20;
        }
        int weeks = (total + weekly - 1) / weekly;
        Place place = teaching == 2 || Draw.chance(r, 0.7) ? organisation.place() : place(territory.draw(region.zone, r), r);
        List<Session> sessions = sessions(region, sessionCount, weeks, r);
        long price = -1;
        if (Draw.chance(r, 0.85)) {
            long euros = Math.round(centre * Draw.between(r, kind.minRate, kind.maxRate) / 10.0) * 10;
            price = Math.max(euros, 50) * 100 + (Draw.chance(r, 0.1) ? 50 : 0);
        }
        List<Funder> funding = new ArrayList<>();
        int funderCount = 1 + (Draw.chance(r, 0.35) ? 1 : 0) + (Draw.chance(r, 0.1) ? 1 : 0);
        while (funding.size() < funderCount) {
            int code = FUNDERS[funders.next(r)];
            if (funding.stream().noneMatch(f -> f.code() == code)) {
                funding.add(new Funder(code, (code == 2 || code == 4) && Draw.chance(r, 0.6) ? Draw.between(r, 6, 16) : 0));
            }
        }
        List<String> targets = new ArrayList<>();
        targets.add(PUBLICS[publics.next(r)]);
        String second = PUBLICS[publics.next(r)];
        if (!targets.contains(second) && Draw.chance(r, 0.4)) {
            targets.add(second);
        }
        return new Action(region.id("AF", ++region.actions), rhythm, List.copyOf(targets), Draw.chance(r, 0.3),
                company > 0 ? "Alternance centre / entreprise : " + company + " heures en entreprise" : "Sans alternance",
                teaching, Draw.pick(r, new String[] {"Aucune", "Entretien de motivation et tests de positionnement",
                    "Être inscrit(e) comme demandeur d'emploi", "Projet professionnel validé par un conseiller"}),
                Draw.chance(r, 0.8), place, Draw.chance(r, 0.8) ? 0 : 1, sessions, price, duration(total, weeks),
                centre, company, total, List.copyOf(funding));
    }

    private List<Session> sessions(Region region, int count, int weeks, SplittableRandom r) {
        long first = FIRST_START.toEpochDay();
        long span = LAST_START.toEpochDay() - first + 1;
        LocalDate[] starts = new LocalDate[count];
        for (int i = 0; i < count; i++) {
            LocalDate day = LocalDate.ofEpochDay(first + r.nextInt((int) span));
            if (day.getMonthValue() == 8) {
                day = day.withDayOfMonth(25);   // few sessions start in August: move to the return
            } else if (day.getMonthValue() == 12 && day.getDayOfMonth() > 18) {
                // nor during the Christmas holidays: January, or early December at the end of the window
                day = day.plusDays(14).isAfter(LAST_START) ? day.minusDays(14) : day.plusDays(14);
            }
            LocalDate monday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            starts[i] = monday.isAfter(LAST_START) ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : monday;
        }
        Arrays.sort(starts);
        List<Session> sessions = new ArrayList<>(count);
        for (LocalDate start : starts) {
            LocalDate end = start.plusDays(weeks * 7L - 3);
            boolean monthOnly = Draw.chance(r, 0.03);
            String debut = monthOnly ? start.format(DAY).substring(0, 6) + "00" : start.format(DAY);
            String fin = monthOnly ? end.format(DAY).substring(0, 6) + "00" : end.format(DAY);
            int recruitment = Draw.chance(r, 0.85) ? 1 : Draw.chance(r, 0.66) ? 2 : 3;
            sessions.add(new Session(region.id("SE", ++region.sessions), debut, fin, recruitment));
        }
        return sessions;
    }

    Place place(CommuneRef commune, SplittableRandom r) {
        double[] point = Draw.around(r, commune.latitude(), commune.longitude(), 2.0);
        String postal = commune.postalCodes().get(r.nextInt(commune.postalCodes().size()));
        return new Place(commune, Addresses.line(r), postal, point[0], point[1]);
    }

    /** Hours rounded to whole days of 7 hours (to whole hours under a week). */
    private static int roundHours(double hours) {
        if (hours < 35) {
            return (int) Math.round(hours);
        }
        return (int) (Math.round(hours / 7) * 7);
    }

    private static String duration(int hours, int weeks) {
        if (hours <= 35) {
            int days = (hours + 6) / 7;
            return days + (days > 1 ? " jours" : " jour");
        }
        if (weeks <= 10) {
            return weeks + " semaines";
        }
        return Math.round(weeks / 4.33) + " mois";
    }

    private static String digits(String code) {
        String d = code.replaceAll("\\D", "");
        return d.isEmpty() ? "0" : d;
    }
}
