package fr.passerelle.app.profile;

import fr.passerelle.app.PathRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A job seeker as the counsellor keeps her: name, the path request as typed, dated notes. */
public record StoredProfile(String id, String name, PathRequest request, List<ProfileNote> notes, Instant created,
                            Instant updated) {
    public StoredProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        notes = List.copyOf(notes);
    }
}
