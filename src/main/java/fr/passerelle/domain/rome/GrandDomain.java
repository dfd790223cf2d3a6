package fr.passerelle.domain.rome;

/** A ROME grand domaine (A..N). */
public record GrandDomain(String code, String label) {
}
