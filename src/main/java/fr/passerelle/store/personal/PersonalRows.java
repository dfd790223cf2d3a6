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
}
