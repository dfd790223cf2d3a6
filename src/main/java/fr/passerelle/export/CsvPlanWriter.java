package fr.passerelle.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The plan's trainings, companies and live job offers (a count row, then the latest offers) as one table for French spreadsheet software (LibreOffice Calc, Excel set to
 * French): UTF-8 with a byte-order mark (Excel reads UTF-8 only with it), {@code ;} between fields, CRLF line ends,
 * a French header row. Numeric cells are plain numbers with a decimal comma and no thousands separator, so they stay
 * numbers; dates are {@code jj/mm/aaaa}. Codes that a spreadsheet would turn into numbers (INSEE codes with a leading
 * zero, SIRET) are written with their usual spaces or inside the commune's name, so they stay text. A text cell that
 * would start a formula ({@code = + - @}) gets a leading apostrophe: data never runs as a formula.
 */
public final class CsvPlanWriter {
    /** The columns, in order (see plan.md for what each holds). */
    public enum Column {
        TYPE("Type"), CHOSEN("Retenue dans le plan"), ROME("Code ROME"), OCCUPATION("Métier"), NAME("Intitulé ou nom"),
        PROVIDER("Organisme"), COMMUNE("Commune"), DISTANCE("Distance (km)"), REMOTE("À distance"), HOURS("Durée (h)"),
        START("Début"), END("Fin"), PRICE("Prix (€)"), REMAINING("Reste à payer (€)"),
        POSSIBLE_REMAINING("Reste si les aides sont accordées (€)"), REMAINING_BASIS("Calcul du reste à payer"),
        FUNDERS("Financeurs"), CPF("Éligible CPF"), CERTIFICATION("Certification"), ADDRESS("Adresse"),
        ENTRY("Conditions d'entrée"), HIRING_SCORE("Score d'embauche (sur 100)"), ESTIMATED("Score estimé"),
        WHY("Pourquoi"), EMPLOYER("Employeur"), CONTRACT("Contrat"), OFFER_DATE("Date de l'offre"),
        OFFERS_NEAR("Offres en ligne dans le rayon"), FETCHED("Relevée le"), ID("Identifiant");

        /** The French header (the default file's). */
        public final String header;

        Column(String header) {
            this.header = header;
        }

        /** The header in the plan's language: the French one, or the English one of plan_en.properties. */
        public String header(PlanLanguage in) {
            return in.t("csv." + name());
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public void write(ActionPlan plan, Path out) throws IOException {
        AtomicFile.write(out, file -> {
            try (OutputStream stream = Files.newOutputStream(file.toPath());
                 Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                writer.write('\uFEFF');
                CsvWriter csv = CsvWriter.builder().fieldSeparator(';').lineDelimiter(LineDelimiter.CRLF).build(writer);
                csv.writeRecord(java.util.Arrays.stream(Column.values()).map(c -> c.header(plan.language())).toList());
                for (PlanTraining t : plan.trainings()) {
                    csv.writeRecord(training(plan, t));
                }
                for (PlanCompany c : plan.companies()) {
                    csv.writeRecord(company(plan, c));
                }
                if (plan.offers() != null) {
                    csv.writeRecord(offersSummary(plan, plan.offers()));
                    for (PlanOffers.PlanOffer o : plan.offers().latest()) {
                        csv.writeRecord(offer(plan, plan.offers(), o));
                    }
                }
                csv.flush();
            }
        });
    }

    private static String[] row(ActionPlan plan, String type) {
        String[] row = new String[Column.values().length];
        java.util.Arrays.fill(row, "");
        row[Column.TYPE.ordinal()] = type;
        row[Column.ROME.ordinal()] = plan.occupation().rome();
        row[Column.OCCUPATION.ordinal()] = text(plan.occupation().label());
        return row;
    }

    private static String[] training(ActionPlan plan, PlanTraining t) {
        PlanLanguage in = plan.language();
        String[] row = row(plan, in.t("csv.type.training"));
        boolean chosen = plan.training() != null && plan.training().sessionId().equals(t.sessionId());
        TrainingContact c = t.contact();
        row[Column.CHOSEN.ordinal()] = chosen ? in.t("csv.yes") : "";
        row[Column.NAME.ordinal()] = text(t.title());
        row[Column.PROVIDER.ordinal()] = text(t.provider());
        row[Column.COMMUNE.ordinal()] = commune(t.city(), t.communeInsee());
        row[Column.DISTANCE.ordinal()] = t.distanceKm() == null ? "" : km(t.distanceKm());
        row[Column.REMOTE.ordinal()] = in.t(t.remote() ? "csv.yes" : "csv.no");
        row[Column.HOURS.ordinal()] = t.hours() == null ? "" : Integer.toString(t.hours());
        row[Column.START.ordinal()] = day(t.start());
        row[Column.END.ordinal()] = day(t.end());
        row[Column.PRICE.ordinal()] = euros(t.costCents());
        row[Column.REMAINING.ordinal()] = euros(t.funding().remainingCents());
        row[Column.POSSIBLE_REMAINING.ordinal()] = euros(t.funding().possibleRemainingCents());
        row[Column.REMAINING_BASIS.ordinal()] = text(t.funding().basis());
        row[Column.FUNDERS.ordinal()] = text(String.join(", ", t.funders()));
        row[Column.CPF.ordinal()] = in.t(t.cpfEligible() == null ? "csv.unknown" : t.cpfEligible() ? "csv.yes" : "csv.no");
        row[Column.CERTIFICATION.ordinal()] = text(t.certification());
        row[Column.ADDRESS.ordinal()] = c == null ? "" : text(c.address());
        row[Column.ENTRY.ordinal()] = c == null ? "" : text(c.entryConditions());
        row[Column.ID.ordinal()] = text(t.sessionId());
        return row;
    }

    private static String[] company(ActionPlan plan, PlanCompany c) {
        PlanLanguage in = plan.language();
        String[] row = row(plan, in.t("csv.type.company"));
        row[Column.NAME.ordinal()] = text(c.name());
        row[Column.COMMUNE.ordinal()] = commune(c.commune(), c.communeInsee());
        row[Column.DISTANCE.ordinal()] = km(c.distanceKm());
        row[Column.HIRING_SCORE.ordinal()] = Integer.toString(c.hiringScore());
        row[Column.ESTIMATED.ordinal()] = in.t(c.estimated() ? "csv.yes" : "csv.no");
        row[Column.WHY.ordinal()] = text(c.why());
        row[Column.ID.ordinal()] = siret(c.siret());
        return row;
    }

    /** One row for the count: the number a spreadsheet can sum, the path's sentence, the fetch day. */
    private static String[] offersSummary(ActionPlan plan, PlanOffers offers) {
        String[] row = row(plan, plan.language().t("csv.type.offers"));
        row[Column.NAME.ordinal()] = text(offers.summary());
        row[Column.OFFERS_NEAR.ordinal()] = Integer.toString(offers.count());
        row[Column.FETCHED.ordinal()] = day(offers.fetchedOn());
        return row;
    }

    private static String[] offer(ActionPlan plan, PlanOffers offers, PlanOffers.PlanOffer o) {
        String[] row = row(plan, plan.language().t("csv.type.offer"));
        row[Column.NAME.ordinal()] = text(o.title());
        row[Column.EMPLOYER.ordinal()] = text(o.employer());
        row[Column.COMMUNE.ordinal()] = text(o.commune());
        row[Column.CONTRACT.ordinal()] = text(o.contract());
        row[Column.OFFER_DATE.ordinal()] = day(o.date());
        row[Column.FETCHED.ordinal()] = day(offers.fetchedOn());
        return row;
    }

    /** "Lille (59350)": the INSEE code stays readable and can never lose its leading zero. */
    private static String commune(String name, String insee) {
        if (name == null || name.isBlank()) {
            return insee == null ? "" : "(" + insee + ")";
        }
        return text(name) + (insee == null ? "" : " (" + insee + ")");
    }

    /** 14 digits as "552 100 554 00012", the way SIRET numbers are printed: a spreadsheet keeps it as text. */
    static String siret(String siret) {
        if (siret == null) {
            return "";
        }
        return siret.matches("\\d{14}") ? siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9)
                + " " + siret.substring(9) : text(siret);
    }

    /** 460000 → "4600", 460050 → "4600,5": a number a French spreadsheet reads as a number. */
    static String euros(Long cents) {
        return cents == null ? "" : decimal(BigDecimal.valueOf(cents, 2));
    }

    /** Straight-line distances to a tenth of a kilometre, as the plan prints them. */
    private static String km(double km) {
        return decimal(BigDecimal.valueOf(km).setScale(1, java.math.RoundingMode.HALF_UP));
    }

    static String decimal(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0) : v).toPlainString().replace('.', ',');
    }

    private static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** Text from the data: never a formula (OWASP's CSV injection advice), never null. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
