package fr.passerelle.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.passerelle.domain.DatasetInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Offer-count files of three regions (Normandie, Bretagne, Bourgogne), each its own dataset of
 * {@code market.offers_commune}: what the dataset tests import, replace and drop.
 */
final class RegionOfferFiles {
    private static final String HEADER = "code_commune_insee,code_rome,nb_offres,date_extraction\r\n";

    private RegionOfferFiles() {
    }

    /**
     * A file of {@code rows} rows for {@code region} (communes of its département, offers counted from
     * {@code firstOffers}), written in a folder of its own under {@code work} (one per {@code firstOffers}).
     */
    static Path file(Path work, String region, int rows, int firstOffers) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        String prefix = switch (region) {
            case "normandie" -> "7654";
            case "bretagne" -> "2901";
            default -> "2123";
        };
        for (int i = 0; i < rows; i++) {
            text.append(prefix).append(i).append(",D1505,").append(firstOffers + i).append(",2021-12-21\r\n");
        }
        Path dir = Files.createDirectories(work.resolve("in-" + firstOffers));
        return Files.writeString(dir.resolve("offres_par_commune_rome_20211221_" + region + ".csv"), text, UTF_8);
    }

    /** The dataset key of a region's file. */
    static String key(String region) {
        return DatasetInfo.key("market.offers_commune", "offres_par_commune_rome_" + region);
    }
}
