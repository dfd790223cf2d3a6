package fr.passerelle.app.profile;

import fr.passerelle.app.PathRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Profiles in memory only, for as long as the workstation runs: nothing personal is written to disk until the
 * encrypted store exists. Thread-safe (one lock; a counsellor has a few dozen profiles open at most).
 */
public final class InMemoryProfileStore implements ProfileStore {
    private final Map<String, StoredProfile> profiles = new LinkedHashMap<>();
    private final Map<String, SavedPath> paths = new LinkedHashMap<>();
    private final Clock clock;

    public InMemoryProfileStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized StoredProfile create(String name, PathRequest request) {
        var now = clock.instant();
        StoredProfile profile = new StoredProfile(UUID.randomUUID().toString(), clean(name), request, List.of(), now, now);
        profiles.put(profile.id(), profile);
        return profile;
    }

    @Override
    public synchronized StoredProfile update(String id, String name, PathRequest request) throws ProfileNotFoundException {
        StoredProfile old = existing(id);
        StoredProfile updated = new StoredProfile(id, clean(name), request, old.notes(), old.created(), clock.instant());
        profiles.put(id, updated);
        return updated;
    }

    @Override
    public synchronized Optional<StoredProfile> find(String id) {
        return Optional.ofNullable(profiles.get(id));
    }

    @Override
    public synchronized List<StoredProfile> list() {
        List<StoredProfile> all = new ArrayList<>(profiles.values());
        all.sort(Comparator.comparing((StoredProfile p) -> p.name() == null ? "" : p.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(StoredProfile::created));
        return all;
    }

    @Override
    public synchronized boolean delete(String id) {
        paths.remove(id);
        return profiles.remove(id) != null;
    }

    @Override
    public synchronized ProfileNote addNote(String profileId, String text) throws ProfileNotFoundException {
        StoredProfile old = existing(profileId);
        ProfileNote note = new ProfileNote(UUID.randomUUID().toString(), text.strip(), clock.instant());
        List<ProfileNote> notes = new ArrayList<>(old.notes());
        notes.add(note);
        profiles.put(profileId, new StoredProfile(profileId, old.name(), old.request(), notes, old.created(), note.written()));
        return note;
    }

    @Override
    public synchronized boolean deleteNote(String profileId, String noteId) throws ProfileNotFoundException {
        StoredProfile old = existing(profileId);
        List<ProfileNote> notes = new ArrayList<>(old.notes());
        if (!notes.removeIf(n -> n.id().equals(noteId))) {
            return false;
        }
        profiles.put(profileId, new StoredProfile(profileId, old.name(), old.request(), notes, old.created(), clock.instant()));
        return true;
    }

    @Override
    public synchronized SavedPath savePath(String profileId, SavedPath path) throws ProfileNotFoundException {
        existing(profileId);
        paths.put(profileId, path);
        return path;
    }

    @Override
    public synchronized Optional<SavedPath> lastPath(String profileId) {
        return Optional.ofNullable(paths.get(profileId));
    }

    @Override
    public boolean persistent() {
        return false;
    }

    private StoredProfile existing(String id) throws ProfileNotFoundException {
        StoredProfile profile = profiles.get(id);
        if (profile == null) {
            throw new ProfileNotFoundException(id);
        }
        return profile;
    }

    private static String clean(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}
