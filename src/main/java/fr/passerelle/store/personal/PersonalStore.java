package fr.passerelle.store.personal;

import static fr.passerelle.store.personal.db.Tables.OUTBOX_ITEM;
import static fr.passerelle.store.personal.db.Tables.PERSON;
import static fr.passerelle.store.personal.db.Tables.PERSON_NOTE;
import static fr.passerelle.store.personal.db.Tables.SAVED_PATH;

import fr.passerelle.core.CrashPoints;
import fr.passerelle.personal.DataKey;
import fr.passerelle.store.personal.PersonalRows.OutboxEntry;
import fr.passerelle.store.personal.PersonalRows.OutboxRow;
import fr.passerelle.store.personal.db.tables.records.PersonNoteRecord;
import fr.passerelle.store.personal.db.tables.records.PersonRecord;
import fr.passerelle.store.personal.db.tables.records.SavedPathRecord;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The job seekers' rows in the encrypted personal database: people, their notes, their saved paths. Deleting a
 * person deletes her notes and paths (foreign keys {@code ON DELETE CASCADE}); {@link #compact()} then removes them
 * from the raw file. One connection, so every method is synchronized; a counsellor's few hundred files make that
 * cheap.
 */
public final class PersonalStore implements AutoCloseable {
    private final Path folder;
    private PersonalDatabase db;

    private PersonalStore(Path folder, PersonalDatabase db) {
        this.folder = folder;
        this.db = db;
    }

    /** Opens (creating it on first use) the personal database of {@code folder} with the data key. */
    public static PersonalStore open(Path folder, DataKey key) {
        return new PersonalStore(folder, PersonalDatabase.open(folder, key));
    }

    /** The encrypted H2 file of a personal folder. */
    public static Path databaseFile(Path folder) {
        return PersonalDatabase.file(folder);
    }

    /** A new person and the outbox item reporting her, in one transaction; her revision is 1. */
    public synchronized void insert(PersonalRows.Person p, OutboxEntry item) {
        write("save", tx -> {
            PersonRecord r = tx.newRecord(PERSON);
            fill(r, p);
            r.setId(p.id());
            r.setRevision(1L);
            r.store();
            OutboxRows.append(tx, item);
        });
    }

    /**
     * Replaces name, request, support end and update time, moving the revision from {@code base} to {@code base + 1},
     * with its outbox item, in one transaction. False when there is no such person at that revision.
     */
    public synchronized boolean update(PersonalRows.Person p, long base, OutboxEntry item) {
        return change("update", tx -> {
            int n = tx.update(PERSON).set(PERSON.NAME, p.name()).set(PERSON.REQUEST, p.requestJson())
                    .set(PERSON.UPDATED, utc(p.updated())).set(PERSON.SUPPORT_END, p.supportEnd()).set(PERSON.REVISION, base + 1)
                    .where(PERSON.ID.eq(p.id()).and(PERSON.REVISION.eq(base))).execute();
            if (n == 1) {
                OutboxRows.append(tx, item);
            }
            return n == 1;
        });
    }

    /** The revision of a person's profile (1 when created, +1 per update; 0 for a profile made before the outbox). */
    public synchronized OptionalLong revision(String id) {
        Long r = run("read", () -> db.ctx().select(PERSON.REVISION).from(PERSON).where(PERSON.ID.eq(id)).fetchOne(PERSON.REVISION));
        return r == null ? OptionalLong.empty() : OptionalLong.of(r);
    }

    public synchronized Optional<PersonalRows.Person> find(String id) {
        return run("read", () -> db.ctx().selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonalStore::person));
    }

    public synchronized List<PersonalRows.Person> all() {
        return run("read", () -> db.ctx().selectFrom(PERSON).orderBy(PERSON.CREATED).fetch(PersonalStore::person));
    }

    /**
     * Deletes a person with her notes and saved paths (foreign keys) and every outbox item about her, sent or not, and
     * queues {@code erasure} in their place, in one transaction; false (and nothing written) when there was none.
     * Call {@link #compact()} after.
     */
    public synchronized boolean delete(String id, OutboxEntry erasure) {
        return change("erase", tx -> {
            // The erasure item's sequence is taken before her items go, so the push order never goes back.
            long sequence = OutboxRows.next(tx);
            if (tx.deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute() != 1) {
                return false;
            }
            OutboxRows.deleteSubject(tx, id);
            OutboxRows.insert(tx, erasure, sequence, OutboxRow.PENDING, null, null, null);
            return true;
        });
    }

    /** A note, the person's activity time and the outbox item, in one transaction. */
    public synchronized void insertNote(PersonalRows.Note n, OutboxEntry item) {
        write("note.save", tx -> {
            PersonNoteRecord r = tx.newRecord(PERSON_NOTE);
            r.setId(n.id());
            r.setPersonId(n.personId());
            r.setBody(n.body());
            r.setWritten(utc(n.written()));
            r.store();
            touch(tx, n.personId(), n.written());
            OutboxRows.append(tx, item);
        });
    }

    public synchronized List<PersonalRows.Note> notes(String personId) {
        return run("note.read", () -> db.ctx().selectFrom(PERSON_NOTE).where(PERSON_NOTE.PERSON_ID.eq(personId))
                .orderBy(PERSON_NOTE.WRITTEN).fetch(r -> new PersonalRows.Note(r.getId(), r.getPersonId(), r.getBody(),
                        r.getWritten().toInstant())));
    }

    /** Deletes one note, with the activity time and the outbox item saying so; false (nothing written) when absent. */
    public synchronized boolean deleteNote(String personId, String noteId, Instant when, OutboxEntry item) {
        return change("note.erase", tx -> {
            if (tx.deleteFrom(PERSON_NOTE).where(PERSON_NOTE.PERSON_ID.eq(personId).and(PERSON_NOTE.ID.eq(noteId))).execute() != 1) {
                return false;
            }
            touch(tx, personId, when);
            OutboxRows.append(tx, item);
            return true;
        });
    }

    /** A saved path, the person's activity time and the outbox item, in one transaction. */
    public synchronized void insertPath(PersonalRows.SavedPath s, OutboxEntry item) {
        write("path.save", tx -> {
            SavedPathRecord r = tx.newRecord(SAVED_PATH);
            r.setId(s.id());
            r.setPersonId(s.personId());
            r.setSavedAt(utc(s.savedAt()));
            r.setRome(s.rome());
            r.setOccupation(s.occupation());
            r.setTraining(s.training());
            r.setFunding(s.funding());
            r.setDataAsOf(s.dataAsOf());
            r.store();
            touch(tx, s.personId(), s.savedAt());
            OutboxRows.append(tx, item);
        });
    }

    /** Saved paths of a person, oldest first. */
    public synchronized List<PersonalRows.SavedPath> paths(String personId) {
        return run("path.read", () -> db.ctx().selectFrom(SAVED_PATH).where(SAVED_PATH.PERSON_ID.eq(personId))
                .orderBy(SAVED_PATH.SAVED_AT).fetch(r -> new PersonalRows.SavedPath(r.getId(), r.getPersonId(),
                        r.getSavedAt().toInstant(), r.getRome(), r.getOccupation(), r.getTraining(), r.getFunding(),
                        r.getDataAsOf())));
    }

    /** The people whose file predates the outbox (revision 0: made before db/personal V2), never queued. */
    public synchronized List<String> neverQueued() {
        return run("read", () -> db.ctx().select(PERSON.ID).from(PERSON).where(PERSON.REVISION.eq(0L)).orderBy(PERSON.CREATED)
                .fetch(PERSON.ID));
    }

    /**
     * Queues a file made before the outbox: her revision goes from 0 to 1 and {@code items} (her profile, notes and
     * paths) are appended, in one transaction; false (nothing written) when she is no longer at revision 0.
     */
    public synchronized boolean queueExisting(String id, List<OutboxEntry> items) {
        return change("outbox.queue", tx -> {
            if (tx.update(PERSON).set(PERSON.REVISION, 1L).where(PERSON.ID.eq(id).and(PERSON.REVISION.eq(0L))).execute() != 1) {
                return false;
            }
            items.forEach(item -> OutboxRows.append(tx, item));
            return true;
        });
    }

    /** Outbox items in one state ({@link OutboxRow#PENDING}...), in push order. */
    public synchronized List<OutboxRow> outbox(String state) {
        return run("outbox.read", () -> OutboxRows.list(db.ctx(), OUTBOX_ITEM.STATE.eq(state)));
    }

    /** Items the agency acknowledged with a conflict (it kept both versions). */
    public synchronized List<OutboxRow> outboxConflicts() {
        return run("outbox.read", () -> OutboxRows.list(db.ctx(),
                OUTBOX_ITEM.STATE.eq(OutboxRow.SENT).and(OUTBOX_ITEM.STATUS.eq("conflit"))));
    }

    public synchronized int outboxCount(String state) {
        return run("outbox.read", () -> OutboxRows.count(db.ctx(), state));
    }

    /** An item with no change of a row (tests, the journal's migration): appended in push order. */
    public synchronized void appendOutbox(OutboxEntry item) {
        write("outbox.save", tx -> {
            OutboxRows.append(tx, item);
        });
    }

    /**
     * Moves items read from elsewhere (the former outbox journal) into the table at the end of the push order, in
     * their order and with their ids and states, in one transaction; items whose id is already there are skipped (a
     * migration run twice adds nothing). Returns how many were added.
     */
    public synchronized int importOutbox(List<OutboxRow> rows) {
        return change("outbox.import", tx -> {
            long sequence = OutboxRows.next(tx);
            int added = 0;
            for (OutboxRow r : rows) {
                if (!OutboxRows.exists(tx, r.entry().id())) {
                    OutboxRows.insert(tx, r.entry(), sequence++, r.state(), r.status(), r.reason(), r.doneAt());
                    added++;
                }
            }
            return added;
        });
    }

    /** Records the agency's answer for a pending item; false when it is no longer pending (answered, or erased). */
    public synchronized boolean answerOutbox(String id, String state, String status, String reason, Instant at) {
        return change("outbox.answer", tx -> OutboxRows.answer(tx, id, state, status, reason, at));
    }

    /** Rewrites the file with its live rows only: erased and purged people are gone from the raw file too. */
    public synchronized void compact() {
        db.compact();
    }

    @Override
    public synchronized void close() {
        if (db != null) {
            db.close();
            db = null;
        }
    }

    public Path folder() {
        return folder;
    }

    private static void fill(PersonRecord r, PersonalRows.Person p) {
        r.setName(p.name());
        r.setRequest(p.requestJson());
        r.setCreated(utc(p.created()));
        r.setUpdated(utc(p.updated()));
        r.setSupportEnd(p.supportEnd());
    }

    private static PersonalRows.Person person(PersonRecord r) {
        return new PersonalRows.Person(r.getId(), r.getName(), r.getRequest(), r.getCreated().toInstant(),
                r.getUpdated().toInstant(), r.getSupportEnd());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void touch(DSLContext tx, String id, Instant when) {
        tx.update(PERSON).set(PERSON.UPDATED, utc(when)).where(PERSON.ID.eq(id)).execute();
    }

    /**
     * Runs the writes of one change in one transaction: the rows and the outbox item that reports them are committed
     * together or not at all (the crash test kills a child between the two named instants).
     */
    private <T> T change(String what, java.util.function.Function<DSLContext, T> writes) {
        return run(what, () -> {
            T result = db.ctx().transactionResult(cfg -> {
                T r = writes.apply(cfg.dsl());
                CrashPoints.reach("personal.change-written");
                return r;
            });
            CrashPoints.reach("personal.change-committed");
            return result;
        });
    }

    private void write(String what, java.util.function.Consumer<DSLContext> writes) {
        change(what, tx -> {
            writes.accept(tx);
            return Boolean.TRUE;
        });
    }

    /**
     * Runs a query; an H2 failure becomes a message with its code only (H2 may quote a value). {@code what} names the
     * action in the bundle ({@code personal.action.read}...).
     */
    private <T> T run(String what, Supplier<T> query) {
        if (db == null) {
            throw PersonalStoreException.of("personal.database.closed");
        }
        try {
            return query.get();
        } catch (DataAccessException e) {
            SQLException sql = e.getCause(SQLException.class);
            if (sql != null) {
                throw PersonalDatabase.failure(what, sql);
            }
            throw PersonalStoreException.of("personal.database.failed", PersonalStoreException.action(what), e.getClass().getSimpleName());
        }
    }
}
