package fr.passerelle.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One piece of a counsellor's work waiting to reach the agency: a profile, a note or a saved path, with an id made on
 * this laptop (so that pushing it twice stores it once), the revision it produces and the one it was based on (so that
 * the agency can tell a conflicting edit from another laptop), and the laptop it comes from.
 */
public record OutboxItem(UUID id, long sequence, Kind kind, String subject, long revision, long baseRevision, String origin,
                         Instant createdAt, String payloadJson) {
    public enum Kind {
        PROFILE("profil"), NOTE("note"), SAVED_PATH("parcours");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public OutboxItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(payloadJson, "payloadJson");
    }
}
