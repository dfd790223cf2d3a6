package fr.passerelle.domain.rome;

import fr.passerelle.domain.RomeCode;
import java.util.Objects;

/** Where a fiche sits in the ROME tree: grand domaine (letter) and domaine professionnel (letter + 2 digits). */
public record RomeTreeNode(RomeCode romeCode, String grandDomainCode, String professionalDomainCode) {
    public RomeTreeNode {
        Objects.requireNonNull(romeCode, "romeCode");
        Objects.requireNonNull(grandDomainCode, "grandDomainCode");
        Objects.requireNonNull(professionalDomainCode, "professionalDomainCode");
        if (!professionalDomainCode.startsWith(grandDomainCode)) {
            throw new IllegalArgumentException("domain " + professionalDomainCode + " is not in grand domain " + grandDomainCode);
        }
    }
}
