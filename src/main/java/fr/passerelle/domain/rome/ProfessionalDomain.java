package fr.passerelle.domain.rome;

/** A ROME domaine professionnel, e.g. D15 "Grande distribution". */
public record ProfessionalDomain(String code, String label) {
}
