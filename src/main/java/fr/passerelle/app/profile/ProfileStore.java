package fr.passerelle.app.profile;

import fr.passerelle.app.PathRequest;
import java.util.List;
import java.util.Optional;

/**
 * Where the job seekers a counsellor works with are kept: their profile (the path request as typed, with a name) and
 * their dated notes and the paths saved at the end of their interviews. A port: {@link InMemoryProfileStore} (nothing
 * written to disk, everything forgotten when the workstation closes) and {@link EncryptedProfileStore} (the encrypted
 * personal database, issue 13).
 */
public interface ProfileStore {

    /** Stores a new profile; the store gives it its id and dates. */
    StoredProfile create(String name, PathRequest request);

    /** Replaces the name and request of a profile; its notes stay. */
    StoredProfile update(String id, String name, PathRequest request) throws ProfileNotFoundException;

    Optional<StoredProfile> find(String id);

    /** Every profile, by name then creation. */
    List<StoredProfile> list();

    /** Removes a profile and its notes; false when there was none with that id. */
    boolean delete(String id);

    /** Adds a dated note to a profile. */
    ProfileNote addNote(String profileId, String text) throws ProfileNotFoundException;

    /** Removes one note; false when the profile has no such note. */
    boolean deleteNote(String profileId, String noteId) throws ProfileNotFoundException;

    /** Keeps where an interview ended (chosen occupation, training, funding summary, data dates); counts as activity. */
    SavedPath savePath(String profileId, SavedPath path) throws ProfileNotFoundException;

    /** The last path saved for a profile, to start the next interview where this one ended. */
    Optional<SavedPath> lastPath(String profileId);

    /**
     * True when profiles outlive the workstation (written somewhere); the window says so, and says nothing is kept
     * when false.
     */
    boolean persistent();
}
