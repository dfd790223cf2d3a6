package fr.passerelle.domain.territory;

import fr.passerelle.domain.InseeCode;

/** The employment area a commune belongs to, in one scheme. */
public record CommuneEmploymentArea(AreaScheme scheme, InseeCode inseeCode, String areaCode) {
}
