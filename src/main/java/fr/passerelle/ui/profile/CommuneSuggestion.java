package fr.passerelle.ui.profile;

import java.util.List;

/** A commune offered by the autocomplete: name, département, INSEE code and postal codes. */
public record CommuneSuggestion(String name, String departement, String insee, List<String> postalCodes) {
    /** What the field shows once picked. */
    public String label() {
        return name + " (" + departement + ")";
    }

    @Override
    public String toString() {
        return label() + " — INSEE " + insee + (postalCodes.isEmpty() ? "" : " · " + String.join(", ",
                postalCodes.size() > 3 ? postalCodes.subList(0, 3) : postalCodes) + (postalCodes.size() > 3 ? "…" : ""));
    }
}
