package fr.passerelle.ui.profile;

/** One entry of a choice list with its French words; {@code value} null is the "non renseigné" entry. */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
