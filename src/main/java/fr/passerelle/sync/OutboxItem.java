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
        PROFILE("profil"), NOTE("note"), SAVED_PATH("parcours"),
        /** A person erased on this laptop (on request or at the end of retention): no personal value in it. */
        ERASURE("effacement");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Kind ofWire(String wire) {
            for (Kind k : values()) {
                if (k.wire.equals(wire)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("genre d'élément inconnu : " + wire);
        }
    }

    @Override
    public String toString() {
        return "OutboxItem[" + id + ", " + sequence + ", " + kind.wire() + "]"; // never the payload: it may reach a log
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
