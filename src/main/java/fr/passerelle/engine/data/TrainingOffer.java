package fr.passerelle.engine.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One training session as the path engine needs it, whatever its source (LHEO catalogue, CPF, sync): what it leads
 * to, how long, how much, when, where. {@code costCents} null = price unknown (never 0 for unknown);
 * {@code start} null = date unknown; coordinates null when the place has none.
 */
public record TrainingOffer(String sessionId, String title, String provider, List<String> romeCodes, Integer hours,
                            Long costCents, LocalDate start, LocalDate end, String communeInsee, String city,
                            Double latitude, Double longitude, boolean remote, String certification,
                            List<Integer> funderCodes, Integer entryLevel, Integer exitLevel, Boolean cpfEligible,
                            String datasetKey) {
    public TrainingOffer {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(title, "title");
        romeCodes = List.copyOf(romeCodes);
        funderCodes = funderCodes == null ? List.of() : List.copyOf(funderCodes);
        if (hours != null && hours < 0) {
            throw new IllegalArgumentException("negative hours");
        }
        if (costCents != null && costCents < 0) {
            throw new IllegalArgumentException("negative cost");
        }
    }

    public boolean hasPlace() {
        return latitude != null && longitude != null;
    }
}
