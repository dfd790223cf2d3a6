package fr.passerelle.domain.rome;

/** A ROME "secteur NAF" (activity sector grouping). */
public record RomeNafSector(int techCode, String code, String label) {
}
