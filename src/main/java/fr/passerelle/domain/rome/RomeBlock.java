package fr.passerelle.domain.rome;

/** A block of a ROME fiche (1 = code and title, 2 = job titles, 5 = skills, 6 = contexts...). */
public record RomeBlock(int code, String label) {
}
