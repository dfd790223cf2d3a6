package fr.passerelle.ui.profile;

/** A job title offered by the autocomplete, with its ROME code and occupation (shown beside it). */
public record JobSuggestion(String label, String rome, String occupation) {
    @Override
    public String toString() {
        return label + " — " + rome + (occupation == null || occupation.equals(label) ? "" : " · " + occupation);
    }
}
