package fr.passerelle.sync;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The port of the outbox: work made offline, kept durably until the agency acknowledged it. Implemented by the
 * encrypted personal store ({@code app.profile.PersonalOutbox}, a table written in the same transaction as each change);
 * {@link JournalOutbox}, the former file journal, is kept only as the reader of its one-time migration (sync.md).
 */
public interface Outbox {

    /** Adds an item at the end; it is on disk when this returns. Its sequence is given by the outbox. */
    OutboxItem add(OutboxItem.Kind kind, String subject, long revision, long baseRevision, String payloadJson) throws IOException;

    /** Items not yet acknowledged, in the order they were made. */
    List<OutboxItem> pending();

    /** Items the agency refused, with its reason: kept apart, never dropped. */
    List<Rejected> rejected();

    /** Items acknowledged with a conflict: the agency kept both versions; the counsellor is told. */
    List<Sent> conflicts();

    /** Marks an item sent, after the agency's acknowledgement only. */
    void markSent(UUID id, String status, Instant at) throws IOException;

    void markRejected(UUID id, String reason, Instant at) throws IOException;

    default int unsentCount() {
        return pending().size();
    }

    record Rejected(OutboxItem item, String reason, Instant at) {
    }

    record Sent(OutboxItem item, String status, Instant at) {
    }
}
