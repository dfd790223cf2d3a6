package fr.passerelle.domain.territory;

/** A French region (code officiel géographique, e.g. 32 Hauts-de-France). */
public record Region(String code, String name) {
}
