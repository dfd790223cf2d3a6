package fr.passerelle.store.personal;

import static fr.passerelle.store.personal.db.Tables.OUTBOX_ITEM;

import fr.passerelle.store.personal.PersonalRows.OutboxEntry;
import fr.passerelle.store.personal.PersonalRows.OutboxRow;
import fr.passerelle.store.personal.db.tables.records.OutboxItemRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The outbox table's statements, run inside the caller's transaction ({@link PersonalStore} holds the connection). */
final class OutboxRows {
    private OutboxRows() {
    }

    /** Appends an item after every other (sequences are never reused: the highest one is never deleted alone). */
    static long append(DSLContext tx, OutboxEntry e) {
        return insert(tx, e, next(tx), OutboxRow.PENDING, null, null, null);
    }

    static long next(DSLContext tx) {
        Long max = tx.select(DSL.max(OUTBOX_ITEM.SEQUENCE)).from(OUTBOX_ITEM).fetchOne(0, Long.class);
        return (max == null ? 0 : max) + 1;
    }

    static long insert(DSLContext tx, OutboxEntry e, long sequence, String state, String status, String reason, Instant doneAt) {
        OutboxItemRecord r = tx.newRecord(OUTBOX_ITEM);
        r.setId(e.id());
        r.setSequence(sequence);
        r.setKind(e.kind());
        r.setSubject(e.subject());
        r.setRevision(e.revision());
        r.setBaseRevision(e.baseRevision());
        r.setOrigin(e.origin());
        r.setCreatedAt(utc(e.createdAt()));
        r.setPayload(e.payload());
        r.setState(state);
        r.setStatus(status);
        r.setReason(reason);
        r.setDoneAt(doneAt == null ? null : utc(doneAt));
        r.store();
        return sequence;
    }

    /** Every item about a person, whatever its state: erasure and retention remove them with her. */
    static int deleteSubject(DSLContext tx, String subject) {
        return tx.deleteFrom(OUTBOX_ITEM).where(OUTBOX_ITEM.SUBJECT.eq(subject)).execute();
    }

    static List<OutboxRow> list(DSLContext ctx, Condition where) {
        return ctx.selectFrom(OUTBOX_ITEM).where(where).orderBy(OUTBOX_ITEM.SEQUENCE).fetch(OutboxRows::row);
    }

    static int count(DSLContext ctx, String state) {
        return ctx.fetchCount(OUTBOX_ITEM, OUTBOX_ITEM.STATE.eq(state));
    }

    /**
     * Records the agency's answer for a pending item. An acknowledged item no longer needs its payload (the agency has
     * it), except a conflict, which the counsellor must see; a rejected one keeps it, to be corrected and never lost.
     * False when the item is not pending (already answered, or erased with its person meanwhile).
     */
    static boolean answer(DSLContext tx, String id, String state, String status, String reason, Instant at) {
        boolean keepPayload = OutboxRow.REJECTED.equals(state) || "conflit".equals(status);
        return tx.update(OUTBOX_ITEM).set(OUTBOX_ITEM.STATE, state).set(OUTBOX_ITEM.STATUS, status)
                .set(OUTBOX_ITEM.REASON, reason).set(OUTBOX_ITEM.DONE_AT, utc(at))
                .set(OUTBOX_ITEM.PAYLOAD, keepPayload ? OUTBOX_ITEM.PAYLOAD : DSL.val((String) null, OUTBOX_ITEM.PAYLOAD))
                .where(OUTBOX_ITEM.ID.eq(id).and(OUTBOX_ITEM.STATE.eq(OutboxRow.PENDING))).execute() == 1;
    }

    static boolean exists(DSLContext ctx, String id) {
        return ctx.fetchExists(OUTBOX_ITEM, OUTBOX_ITEM.ID.eq(id));
    }

    private static OutboxRow row(OutboxItemRecord r) {
        OutboxEntry e = new OutboxEntry(r.getId(), r.getKind(), r.getSubject(), r.getRevision(), r.getBaseRevision(),
                r.getOrigin(), r.getCreatedAt().toInstant(), r.getPayload());
        return new OutboxRow(e, r.getSequence(), r.getState(), r.getStatus(), r.getReason(),
                r.getDoneAt() == null ? null : r.getDoneAt().toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
