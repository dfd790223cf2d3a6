package fr.passerelle.export;

import java.util.Objects;

/**
 * One payer in the "who pays what" table: who, how much (cents, null when not known), how sure, and a note in plain
 * words. The statuses are those of the funding engine (issue 9), so that its answer maps one to one.
 */
public record FundingLine(String payer, Long amountCents, Status status, String note) {
    public FundingLine {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(status, "status");
    }

    public enum Status {
        /** Decided by the rules: she gets it. */
        CERTAIN("acquis"),
        /** Someone decides (an adviser, a fund): worth asking. */
        POSSIBLE("à demander"),
        NOT_ELIGIBLE("non"),
        /** An answer is missing: never taken as yes. */
        UNKNOWN("à vérifier");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** What the plan prints beside the amount. */
        public String label() {
            return label;
        }
    }
}
