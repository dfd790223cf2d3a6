package fr.passerelle.domain.market;

/** A NAF rév. 2 sub-class (5 characters, e.g. 4711D) and its label. */
public record NafLabel(String code, String label) {
}
