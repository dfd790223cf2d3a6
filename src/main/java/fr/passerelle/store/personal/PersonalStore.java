package fr.passerelle.store.personal;

import static fr.passerelle.store.personal.db.Tables.PERSON;
import static fr.passerelle.store.personal.db.Tables.PERSON_NOTE;
import static fr.passerelle.store.personal.db.Tables.SAVED_PATH;

import fr.passerelle.personal.DataKey;
import fr.passerelle.store.StoreException;
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
import java.util.function.Supplier;
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

    public synchronized void insert(PersonalRows.Person p) {
        run("enregistrement", () -> {
            PersonRecord r = db.ctx().newRecord(PERSON);
            fill(r, p);
            r.setId(p.id());
            return r.store();
        });
    }

    /** Replaces name, request, support end and update time; false when there is no such person. */
    public synchronized boolean update(PersonalRows.Person p) {
        return run("mise à jour", () -> db.ctx().update(PERSON).set(PERSON.NAME, p.name()).set(PERSON.REQUEST, p.requestJson())
                .set(PERSON.UPDATED, utc(p.updated())).set(PERSON.SUPPORT_END, p.supportEnd())
                .where(PERSON.ID.eq(p.id())).execute()) == 1;
    }

    /** Marks a person as touched now (a note or a saved path counts as activity for retention). */
    public synchronized void touch(String id, Instant when) {
        run("mise à jour", () -> db.ctx().update(PERSON).set(PERSON.UPDATED, utc(when)).where(PERSON.ID.eq(id)).execute());
    }

    public synchronized Optional<PersonalRows.Person> find(String id) {
        return run("lecture", () -> db.ctx().selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonalStore::person));
    }

    public synchronized List<PersonalRows.Person> all() {
        return run("lecture", () -> db.ctx().selectFrom(PERSON).orderBy(PERSON.CREATED).fetch(PersonalStore::person));
    }

    /** Deletes a person with her notes and saved paths; false when there was none. Call {@link #compact()} after. */
    public synchronized boolean delete(String id) {
        return run("effacement", () -> db.ctx().deleteFrom(PERSON).where(PERSON.ID.eq(id)).execute()) == 1;
    }

    public synchronized void insertNote(PersonalRows.Note n) {
        run("enregistrement de la note", () -> {
            PersonNoteRecord r = db.ctx().newRecord(PERSON_NOTE);
            r.setId(n.id());
            r.setPersonId(n.personId());
            r.setBody(n.body());
            r.setWritten(utc(n.written()));
            return r.store();
        });
    }

    public synchronized List<PersonalRows.Note> notes(String personId) {
        return run("lecture des notes", () -> db.ctx().selectFrom(PERSON_NOTE).where(PERSON_NOTE.PERSON_ID.eq(personId))
                .orderBy(PERSON_NOTE.WRITTEN).fetch(r -> new PersonalRows.Note(r.getId(), r.getPersonId(), r.getBody(),
                        r.getWritten().toInstant())));
    }

    public synchronized boolean deleteNote(String personId, String noteId) {
        return run("effacement de la note", () -> db.ctx().deleteFrom(PERSON_NOTE)
                .where(PERSON_NOTE.PERSON_ID.eq(personId).and(PERSON_NOTE.ID.eq(noteId))).execute()) == 1;
    }

    public synchronized void insertPath(PersonalRows.SavedPath s) {
        run("enregistrement du parcours", () -> {
            SavedPathRecord r = db.ctx().newRecord(SAVED_PATH);
            r.setId(s.id());
            r.setPersonId(s.personId());
            r.setSavedAt(utc(s.savedAt()));
            r.setRome(s.rome());
            r.setOccupation(s.occupation());
            r.setTraining(s.training());
            r.setFunding(s.funding());
            r.setDataAsOf(s.dataAsOf());
            return r.store();
        });
    }

    /** Saved paths of a person, oldest first. */
    public synchronized List<PersonalRows.SavedPath> paths(String personId) {
        return run("lecture des parcours", () -> db.ctx().selectFrom(SAVED_PATH).where(SAVED_PATH.PERSON_ID.eq(personId))
                .orderBy(SAVED_PATH.SAVED_AT).fetch(r -> new PersonalRows.SavedPath(r.getId(), r.getPersonId(),
                        r.getSavedAt().toInstant(), r.getRome(), r.getOccupation(), r.getTraining(), r.getFunding(),
                        r.getDataAsOf())));
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

    /** Runs a query; an H2 failure becomes a French message with its code only (H2 may quote a value). */
    private <T> T run(String what, Supplier<T> query) {
        if (db == null) {
            throw new StoreException("données personnelles fermées");
        }
        try {
            return query.get();
        } catch (DataAccessException e) {
            SQLException sql = e.getCause(SQLException.class);
            if (sql != null) {
                throw PersonalDatabase.failure(what, sql);
            }
            throw new StoreException("données personnelles : " + what + " impossible (" + e.getClass().getSimpleName() + ")", null);
        }
    }
}
