package fr.passerelle.app.profile;

import fr.passerelle.app.PathRequest;
import fr.passerelle.personal.PersonalFailure;
import fr.passerelle.personal.PersonalRefusal;
import fr.passerelle.store.personal.PersonalRows;
import fr.passerelle.store.personal.PersonalStore;
import fr.passerelle.sync.OutboxItem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@link ProfileStore} port over the encrypted personal database: profiles, notes and saved paths outlive the
 * workstation, encrypted at rest. Every change stamps the profile's update time, which the retention rule counts from,
 * and writes its outbox item in the same transaction (sync.md, "Push"): a crash leaves both or neither.
 */
public final class EncryptedProfileStore implements ProfileStore {
    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 20_000;

    private final PersonalStore store;
    private final Clock clock;
    private final String origin;

    /** {@code origin} names this laptop in the outbox items (sync.properties, {@code laptop}). */
    public EncryptedProfileStore(PersonalStore store, Clock clock, String origin) {
        this.store = store;
        this.clock = clock;
        this.origin = origin;
    }

    @Override
    public StoredProfile create(String name, PathRequest request) {
        return create(name, request, null);
    }

    /**
     * A new profile with the known end of her support (retention counts from the later of it and the last change),
     * with its outbox item (revision 1), in one transaction.
     */
    public StoredProfile create(String name, PathRequest request, LocalDate supportEnd) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        PersonalRows.Person person = new PersonalRows.Person(id, clean(name), RequestJson.write(request), now, now, supportEnd);
        store.insert(person, item(OutboxItem.Kind.PROFILE, id, 1, 0, OutboxPayloads.profile(person)));
        return new StoredProfile(id, clean(name), request, List.of(), now, now);
    }

    /** Replaces name and request, moving her revision up by one, with the outbox item that carries it. */
    @Override
    public StoredProfile update(String id, String name, PathRequest request) throws ProfileNotFoundException {
        PersonalRows.Person old = store.find(id).orElseThrow(() -> new ProfileNotFoundException(id));
        long base = store.revision(id).orElseThrow(() -> new ProfileNotFoundException(id));
        PersonalRows.Person next = new PersonalRows.Person(id, clean(name), RequestJson.write(request), old.created(),
                clock.instant(), old.supportEnd());
        if (!store.update(next, base, item(OutboxItem.Kind.PROFILE, id, base + 1, base, OutboxPayloads.profile(next)))) {
            throw new ProfileNotFoundException(id);
        }
        return find(id).orElseThrow(() -> new ProfileNotFoundException(id));
    }

    @Override
    public Optional<StoredProfile> find(String id) {
        return store.find(id).map(this::profile);
    }

    @Override
    public List<StoredProfile> list() {
        List<StoredProfile> all = new ArrayList<>(store.all().stream().map(this::profile).toList());
        all.sort(Comparator.comparing((StoredProfile p) -> p.name() == null ? "" : p.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(StoredProfile::created));
        return all;
    }

    /** Erases the profile on request (her notes, paths and outbox items with her; an erasure item queued), compacted. */
    @Override
    public boolean delete(String id) {
        return erase(id, "demande");
    }

    /**
     * Deletes a person with her notes, paths and every outbox item about her, and queues one erasure item for the
     * agency ({@code reason}: "demande" or "conservation"), in one transaction; then compacts the file so that they are
     * gone from the raw file. False when there is no such person.
     */
    boolean erase(String id, String reason) {
        boolean deleted = eraseWithoutCompacting(id, reason);
        if (deleted) {
            store.compact();
        }
        return deleted;
    }

    /** The same without the compaction, for a purge of several people that compacts once. */
    boolean eraseWithoutCompacting(String id, String reason) {
        long revision = store.revision(id).orElse(0);
        return store.delete(id, item(OutboxItem.Kind.ERASURE, id, revision, revision, OutboxPayloads.erasure(reason)));
    }

    @Override
    public ProfileNote addNote(String profileId, String text) throws ProfileNotFoundException {
        existing(profileId);
        String body = text.strip();
        if (body.length() > MAX_NOTE) {
            throw new PersonalRefusal(PersonalFailure.message("personal.note.tooLong", body.length(), MAX_NOTE));
        }
        ProfileNote note = new ProfileNote(UUID.randomUUID().toString(), body, clock.instant());
        PersonalRows.Note row = new PersonalRows.Note(note.id(), profileId, note.text(), note.written());
        store.insertNote(row, attached(OutboxItem.Kind.NOTE, profileId, OutboxPayloads.noteAdded(row)));
        return note;
    }

    @Override
    public boolean deleteNote(String profileId, String noteId) throws ProfileNotFoundException {
        existing(profileId);
        Instant now = clock.instant();
        return store.deleteNote(profileId, noteId, now, attached(OutboxItem.Kind.NOTE, profileId, OutboxPayloads.noteDeleted(noteId, now)));
    }

    @Override
    public SavedPath savePath(String profileId, SavedPath path) throws ProfileNotFoundException {
        existing(profileId);
        // Cut to the columns' sizes (db/personal V1): a long funding summary must not lose the whole saved path.
        PersonalRows.SavedPath row = new PersonalRows.SavedPath(UUID.randomUUID().toString(), profileId, path.savedAt(), path.rome(),
                cut(path.occupation(), 300), cut(path.training(), 500), cut(path.funding(), 4000), cut(path.dataAsOf(), 4000));
        store.insertPath(row, attached(OutboxItem.Kind.SAVED_PATH, profileId, OutboxPayloads.path(row)));
        return path;
    }

    @Override
    public Optional<SavedPath> lastPath(String profileId) {
        List<SavedPath> all = paths(profileId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every saved path of a profile, oldest first (the export lists them all). */
    public List<SavedPath> paths(String profileId) {
        return store.paths(profileId).stream()
                .map(s -> new SavedPath(s.rome(), s.occupation(), s.training(), s.funding(), s.dataAsOf(), s.savedAt())).toList();
    }

    /**
     * Queues the files made before the outbox existed (db/personal V2), each whole: her profile (revision 1), then her
     * notes and saved paths, so that the agency gets them as it gets new work. Runs at every unlock and finds nothing
     * once they are queued. Returns how many files were queued.
     */
    int queueEarlierFiles() {
        int queued = 0;
        for (String id : store.neverQueued()) {
            PersonalRows.Person p = store.find(id).orElse(null);
            if (p == null) {
                continue;
            }
            List<PersonalRows.OutboxEntry> items = new ArrayList<>();
            items.add(item(OutboxItem.Kind.PROFILE, id, 1, 0, OutboxPayloads.profile(p)));
            store.notes(id).forEach(n -> items.add(item(OutboxItem.Kind.NOTE, id, 1, 1, OutboxPayloads.noteAdded(n))));
            store.paths(id).forEach(s -> items.add(item(OutboxItem.Kind.SAVED_PATH, id, 1, 1, OutboxPayloads.path(s))));
            queued += store.queueExisting(id, items) ? 1 : 0;
        }
        return queued;
    }

    /** The stored row (dates, end of support) behind a profile. */
    Optional<PersonalRows.Person> row(String id) {
        return store.find(id);
    }

    @Override
    public boolean persistent() {
        return true;
    }

    private StoredProfile profile(PersonalRows.Person p) {
        List<ProfileNote> notes = store.notes(p.id()).stream().map(n -> new ProfileNote(n.id(), n.body(), n.written())).toList();
        return new StoredProfile(p.id(), p.name(), RequestJson.read(p.requestJson()), notes, p.created(), p.updated());
    }

    private void existing(String id) throws ProfileNotFoundException {
        if (store.find(id).isEmpty()) {
            throw new ProfileNotFoundException(id);
        }
    }

    /** An outbox item made now on this laptop. */
    private PersonalRows.OutboxEntry item(OutboxItem.Kind kind, String subject, long revision, long base, String payload) {
        return new PersonalRows.OutboxEntry(UUID.randomUUID().toString(), kind.wire(), subject, revision, base, origin,
                clock.instant(), payload);
    }

    /** A note or a saved path belongs to the profile at its current revision and changes no field of it. */
    private PersonalRows.OutboxEntry attached(OutboxItem.Kind kind, String profileId, String payload) {
        long revision = store.revision(profileId).orElse(0);
        return item(kind, profileId, revision, revision, payload);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String clean(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.length() > MAX_NAME) {
            throw new PersonalRefusal(PersonalFailure.message("personal.name.tooLong", n.length(), MAX_NAME));
        }
        return n;
    }
}
