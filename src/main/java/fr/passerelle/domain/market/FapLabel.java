package fr.passerelle.domain.market;

/** A label of the FAP nomenclature at one level (ensemble, grand_groupe, domaine_22, fap_87, fap_225). */
public record FapLabel(String nomenclature, String fapLevel, String code, String label) {
}
