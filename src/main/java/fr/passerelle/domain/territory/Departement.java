package fr.passerelle.domain.territory;

/** A département (59, 2A, 971...) and its region. */
public record Departement(String code, String name, String regionCode) {
}
