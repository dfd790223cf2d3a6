package fr.passerelle.domain.territory;

import java.util.Objects;

/** An employment area (bassin d'emploi); label is null when the source gives only the code. */
public record EmploymentArea(AreaScheme scheme, String code, String label) {
    public EmploymentArea {
        Objects.requireNonNull(scheme, "scheme");
        if (code == null || !code.matches("[0-9]{1,6}")) {
            throw new IllegalArgumentException("'" + code + "' n'est pas un code de bassin d'emploi");
        }
    }
}
