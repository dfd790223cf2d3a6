package fr.passerelle.app.profile;

import fr.passerelle.store.personal.PersonalRows.OutboxEntry;
import fr.passerelle.store.personal.PersonalRows.OutboxRow;
import fr.passerelle.store.personal.PersonalStore;
import fr.passerelle.sync.Outbox;
import fr.passerelle.sync.OutboxItem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The {@link Outbox} port over the encrypted personal database's outbox table: the items the profile store writes with
 * each change, pushed by {@code OutboxPusher}. Usable while the data is unlocked only (the store refuses once locked).
 */
public final class PersonalOutbox implements Outbox {
    private final PersonalStore store;
    private final String origin;
    private final Clock clock;

    PersonalOutbox(PersonalStore store, String origin, Clock clock) {
        this.store = store;
        this.origin = origin;
        this.clock = clock;
    }

    /** An item that reports no change of a row (the journal's migration uses {@link PersonalStore#importOutbox}). */
    @Override
    public OutboxItem add(OutboxItem.Kind kind, String subject, long revision, long baseRevision, String payloadJson) {
        OutboxEntry entry = new OutboxEntry(UUID.randomUUID().toString(), kind.wire(), subject, revision, baseRevision, origin,
                clock.instant(), payloadJson);
        store.appendOutbox(entry);
        return pending().stream().filter(i -> i.id().toString().equals(entry.id())).findFirst().orElseThrow();
    }

    @Override
    public List<OutboxItem> pending() {
        return store.outbox(OutboxRow.PENDING).stream().map(PersonalOutbox::item).toList();
    }

    @Override
    public List<Rejected> rejected() {
        return store.outbox(OutboxRow.REJECTED).stream().map(r -> new Rejected(item(r), r.reason(), r.doneAt())).toList();
    }

    @Override
    public List<Sent> conflicts() {
        return store.outboxConflicts().stream().map(r -> new Sent(item(r), r.status(), r.doneAt())).toList();
    }

    /** Marks an acknowledged item sent; an item erased with its person meanwhile is simply gone. */
    @Override
    public void markSent(UUID id, String status, Instant at) {
        store.answerOutbox(id.toString(), OutboxRow.SENT, status, null, at);
    }

    @Override
    public void markRejected(UUID id, String reason, Instant at) {
        store.answerOutbox(id.toString(), OutboxRow.REJECTED, "refuse", reason, at);
    }

    @Override
    public int unsentCount() {
        return store.outboxCount(OutboxRow.PENDING);
    }

    static OutboxItem item(OutboxRow r) {
        OutboxEntry e = r.entry();
        // An acknowledged item's payload is dropped (the agency has it); the port's items always carry one.
        return new OutboxItem(UUID.fromString(e.id()), r.sequence(), OutboxItem.Kind.ofWire(e.kind()), e.subject(), e.revision(),
                e.baseRevision(), e.origin(), e.createdAt(), e.payload() == null ? "{}" : e.payload());
    }

    static OutboxRow row(OutboxItem i, String state, String status, String reason, Instant doneAt) {
        return new OutboxRow(new OutboxEntry(i.id().toString(), i.kind().wire(), i.subject(), i.revision(), i.baseRevision(),
                i.origin(), i.createdAt(), i.payloadJson()), i.sequence(), state, status, reason, doneAt);
    }
}
