package fr.passerelle.domain.territory;

import fr.passerelle.domain.InseeCode;

/** One postal code serving a commune (a commune can have several, a postal code several communes). */
public record CommunePostalCode(InseeCode inseeCode, String postalCode) {
    public CommunePostalCode {
        if (postalCode == null || !postalCode.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("'" + postalCode + "' n'est pas un code postal (5 chiffres)");
        }
    }
}
