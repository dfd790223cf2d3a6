package fr.passerelle.store.personal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** The rows of the personal database as the store returns them (no jOOQ type leaves this package). */
public final class PersonalRows {
    private PersonalRows() {
    }

    /** A job seeker: her name, her path request as JSON, her dates. */
    public record Person(String id, String name, String requestJson, Instant created, Instant updated, LocalDate supportEnd) {
        public Person {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(requestJson, "requestJson");
        }

        @Override
        public String toString() {
            return "Person[" + id + "]"; // never the name nor the request: this may end in a log line
        }
    }

    public record Note(String id, String personId, String body, Instant written) {
        @Override
        public String toString() {
            return "Note[" + id + "]";
        }
    }

    public record SavedPath(String id, String personId, Instant savedAt, String rome, String occupation, String training,
                            String funding, String dataAsOf) {
        @Override
        public String toString() {
            return "SavedPath[" + id + "]";
        }
    }

    /**
     * An outbox item to write with the change it reports, in the same transaction (the store gives it its sequence).
     * {@code kind} is the agency's wire name (profil, note, parcours, effacement).
     */
    public record OutboxEntry(String id, String kind, String subject, long revision, long baseRevision, String origin,
                              Instant createdAt, String payload) {
        public OutboxEntry {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(origin, "origin");
            Objects.requireNonNull(createdAt, "createdAt");
        }

        @Override
        public String toString() {
            return "OutboxEntry[" + id + ", " + kind + "]"; // never the payload
        }
    }

    /** An outbox row as stored: its entry, its place in the push order and what the agency said. */
    public record OutboxRow(OutboxEntry entry, long sequence, String state, String status, String reason, Instant doneAt) {
        public static final String PENDING = "pending";
        public static final String SENT = "sent";
        public static final String REJECTED = "rejected";

        @Override
        public String toString() {
            return "OutboxRow[" + entry.id() + ", " + sequence + ", " + state + "]";
        }
    }
}
