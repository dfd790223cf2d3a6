package fr.passerelle.app.profile;

import fr.passerelle.app.PathRequest;
import fr.passerelle.store.personal.PersonalRows;
import fr.passerelle.store.personal.PersonalStore;
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
 * workstation, encrypted at rest. Every change stamps the profile's update time, which the retention rule counts from.
 */
public final class EncryptedProfileStore implements ProfileStore {
    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 20_000;

    private final PersonalStore store;
    private final Clock clock;

    public EncryptedProfileStore(PersonalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public StoredProfile create(String name, PathRequest request) {
        return create(name, request, null);
    }

    /** A new profile with the known end of her support (retention counts from the later of it and the last change). */
    public StoredProfile create(String name, PathRequest request, LocalDate supportEnd) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        store.insert(new PersonalRows.Person(id, clean(name), RequestJson.write(request), now, now, supportEnd));
        return new StoredProfile(id, clean(name), request, List.of(), now, now);
    }

    @Override
    public StoredProfile update(String id, String name, PathRequest request) throws ProfileNotFoundException {
        PersonalRows.Person old = store.find(id).orElseThrow(() -> new ProfileNotFoundException(id));
        Instant now = clock.instant();
        store.update(new PersonalRows.Person(id, clean(name), RequestJson.write(request), old.created(), now, old.supportEnd()));
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

    /** Deletes the profile with its notes and paths, then compacts the file so they are gone from the raw file. */
    @Override
    public boolean delete(String id) {
        boolean deleted = store.delete(id);
        if (deleted) {
            store.compact();
        }
        return deleted;
    }

    @Override
    public ProfileNote addNote(String profileId, String text) throws ProfileNotFoundException {
        existing(profileId);
        String body = text.strip();
        if (body.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note trop longue (" + body.length() + " caractères, " + MAX_NOTE + " au plus)");
        }
        ProfileNote note = new ProfileNote(UUID.randomUUID().toString(), body, clock.instant());
        store.insertNote(new PersonalRows.Note(note.id(), profileId, note.text(), note.written()));
        store.touch(profileId, note.written());
        return note;
    }

    @Override
    public boolean deleteNote(String profileId, String noteId) throws ProfileNotFoundException {
        existing(profileId);
        boolean deleted = store.deleteNote(profileId, noteId);
        if (deleted) {
            store.touch(profileId, clock.instant());
        }
        return deleted;
    }

    @Override
    public SavedPath savePath(String profileId, SavedPath path) throws ProfileNotFoundException {
        existing(profileId);
        // Cut to the columns' sizes (db/personal V1): a long funding summary must not lose the whole saved path.
        store.insertPath(new PersonalRows.SavedPath(UUID.randomUUID().toString(), profileId, path.savedAt(), path.rome(),
                cut(path.occupation(), 300), cut(path.training(), 500), cut(path.funding(), 4000), cut(path.dataAsOf(), 4000)));
        store.touch(profileId, path.savedAt());
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

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String clean(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        if (n.length() > MAX_NAME) {
            throw new IllegalArgumentException("nom trop long (" + n.length() + " caractères, " + MAX_NAME + " au plus)");
        }
        return n;
    }
}
