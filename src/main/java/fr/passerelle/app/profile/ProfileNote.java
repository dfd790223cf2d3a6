package fr.passerelle.app.profile;

import java.time.Instant;
import java.util.Objects;

/** One dated note of the counsellor about a job seeker. */
public record ProfileNote(String id, String text, Instant written) {
    public ProfileNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(written, "written");
    }
}
