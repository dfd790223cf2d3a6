package fr.passerelle.domain.territory;

import fr.passerelle.domain.InseeCode;
import java.util.Objects;

/** A commune with its WGS84 centre; latitude and longitude are null when the source has none. */
public record Commune(InseeCode inseeCode, String name, String departementCode, String regionCode,
                      Double latitude, Double longitude) {
    public Commune {
        Objects.requireNonNull(inseeCode, "inseeCode");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a commune needs a name");
        }
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("latitude et longitude vont ensemble : l'une manque");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("coordonnées hors limites : " + latitude + ", " + longitude);
        }
    }

    public boolean hasCoordinates() {
        return latitude != null;
    }
}
