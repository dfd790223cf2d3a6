package fr.passerelle.app.profile;

import fr.passerelle.app.PathRequest;
import fr.passerelle.personal.PersonalLockedException;
import java.util.List;
import java.util.Optional;

/**
 * The window's profile store, which changes during a session: locked (nothing readable, nothing written) until the
 * counsellor unlocks the encrypted store, or chooses to continue without saving (memory only, said on screen).
 * Locking again switches back to locked: the screens see no profile until the next unlock.
 */
public final class SessionProfileStore implements ProfileStore {
    private volatile ProfileStore current;

    public SessionProfileStore() {
        this.current = null;
    }

    /** Uses this store from now on (the encrypted one after an unlock, a memory one without saving). */
    public void use(ProfileStore store) {
        current = store;
    }

    /** Locked: reads see nothing, writes are refused. */
    public void lock() {
        current = null;
    }

    public boolean locked() {
        return current == null;
    }

    private ProfileStore open() {
        ProfileStore store = current;
        if (store == null) {
            throw new PersonalLockedException();
        }
        return store;
    }

    @Override
    public StoredProfile create(String name, PathRequest request) {
        return open().create(name, request);
    }

    @Override
    public StoredProfile update(String id, String name, PathRequest request) throws ProfileNotFoundException {
        return open().update(id, name, request);
    }

    @Override
    public Optional<StoredProfile> find(String id) {
        ProfileStore store = current;
        return store == null ? Optional.empty() : store.find(id);
    }

    @Override
    public List<StoredProfile> list() {
        ProfileStore store = current;
        return store == null ? List.of() : store.list();
    }

    @Override
    public boolean delete(String id) {
        return open().delete(id);
    }

    @Override
    public ProfileNote addNote(String profileId, String text) throws ProfileNotFoundException {
        return open().addNote(profileId, text);
    }

    @Override
    public boolean deleteNote(String profileId, String noteId) throws ProfileNotFoundException {
        return open().deleteNote(profileId, noteId);
    }

    @Override
    public SavedPath savePath(String profileId, SavedPath path) throws ProfileNotFoundException {
        return open().savePath(profileId, path);
    }

    @Override
    public Optional<SavedPath> lastPath(String profileId) {
        ProfileStore store = current;
        return store == null ? Optional.empty() : store.lastPath(profileId);
    }

    @Override
    public boolean persistent() {
        ProfileStore store = current;
        return store != null && store.persistent();
    }
}
