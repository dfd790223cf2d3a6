package fr.passerelle.app.profile;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an interview ended, kept with the profile so that the next one starts there: the chosen occupation, the
 * training (if one was chosen), a one-line summary of the funding answer, and the dates of the data they came from
 * ("tension 2021, offres 2021-12-21"). Never an RQTH answer: the funding summary is made from what is kept.
 */
public record SavedPath(String rome, String occupation, String training, String funding, String dataAsOf, Instant savedAt) {
    public SavedPath {
        Objects.requireNonNull(rome, "rome");
        Objects.requireNonNull(occupation, "occupation");
        Objects.requireNonNull(savedAt, "savedAt");
    }

    @Override
    public String toString() {
        return "SavedPath[" + rome + ", " + savedAt + "]"; // no training or funding words in a log line
    }
}
