package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.JobOffer;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportReport;
import fr.passerelle.importer.offers.JobOffersFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Live job offers of one région into the cache: the partner API's offers are written as a dated Offres d'emploi v2
 * answer ({@code sync/downloads/offres_emploi_v2_AAAAMMJJ_<région>.json}, the shape the importer reads) and that file
 * is imported like any other ({@link CacheImport}: staging generation, validation, atomic publication). There is no
 * second write path: what a sync brings is what {@code import} of the same file would give, and the file stays
 * readable by a person until the next bundle run cleans the downloads.
 */
public final class OfferSync {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final PartnerApi api;
    private final CacheImport cache;
    private final SyncFolder folder;
    private final SanityRules sanity;

    public OfferSync(PartnerApi api, CacheImport cache, SyncFolder folder) {
        this(api, cache, folder, SanityRules.standard());
    }

    /** With {@code sanity}: an answer holding a tiny fraction of the région's last fetch is refused (SanityRules). */
    public OfferSync(PartnerApi api, CacheImport cache, SyncFolder folder, SanityRules sanity) {
        this.api = api;
        this.cache = cache;
        this.folder = folder;
        this.sanity = sanity;
    }

    /** What one région's run did: the offers written and imported, the slices cut by the API's ceiling. */
    public record Outcome(Path file, int offers, List<Message> slices, ImportReport report) {
        /** The slices cut by the ceiling, in French. */
        public List<String> truncated() {
            return slices.stream().map(fr.passerelle.engine.words.MessageRenderer.french()::render).toList();
        }
    }

    /**
     * Fetches the offers of {@code romes} in the région's départements, writes them under {@code region} (a file-name
     * word such as {@code hauts_de_france}) dated {@code day}, and imports the file. No offer at all: nothing is
     * written nor imported (an empty answer must not replace the offers the cache holds), the outcome says 0.
     */
    public Outcome run(String region, List<String> departements, List<RomeCode> romes, LocalDate day, ProgressListener progress)
            throws SyncException, ImportException, IOException {
        if (!region.matches("[a-z0-9_-]+")) {
            throw new IllegalArgumentException("nom de région pour un fichier : minuscules, chiffres, _ ou - : " + region);
        }
        PartnerApi.OfferHarvest harvest = api.offers(romes, departements);
        if (harvest.offers().isEmpty()) {
            return new Outcome(null, 0, harvest.slices(), null);
        }
        Path file = folder.downloads().resolve(JobOffersFormat.fileName(day, region));
        String key = fr.passerelle.domain.DatasetInfo.key(JobOffersFormat.KIND, new JobOffersFormat().scope(file));
        java.util.Optional<fr.passerelle.domain.DatasetInfo> last = cache.datasets().stream()
                .filter(d -> d.key().equals(key)).findFirst();
        if (last.isPresent()) {
            List<Message> why = sanity.figureRefusals(
                    new KeyFigures(java.util.Map.of(KeyFigures.OFFERS, (double) last.get().rowsStored()), java.util.Set.of(), java.util.Map.of()),
                    new KeyFigures(java.util.Map.of(KeyFigures.OFFERS, (double) harvest.offers().size()), java.util.Set.of(), java.util.Map.of()));
            if (!why.isEmpty()) {
                throw new SyncException(Message.of("sync.offers.jump", Param.label(JobOffersFormat.fileName(day, region)),
                        Param.date(day), Param.joined(why)));
            }
        }
        DurableFiles.write(file, answer(harvest.offers()));
        ImportReport report = cache.importFiles(List.of(file), progress);
        return new Outcome(file, harvest.offers().size(), harvest.slices(), report);
    }

    /**
     * The régions whose offers are fetched: {@code offers.regions} in {@code HOME/sync.properties}, INSEE région codes
     * separated by commas ({@code offers.regions=32}); none when absent.
     */
    public static List<String> configuredRegions(Path home) throws IOException {
        java.util.Properties p = new java.util.Properties();
        Path file = home.resolve("sync.properties");
        if (Files.exists(file)) {
            try (java.io.Reader in = Files.newBufferedReader(file)) {
                p.load(in);
            }
        }
        String value = p.getProperty("offers.regions", "").strip();
        List<String> codes = value.isEmpty() ? List.of() : java.util.Arrays.stream(value.split("\\s*,\\s*")).toList();
        for (String code : codes) {
            if (!code.matches("\\d{2}")) {
                throw new SettingsException(Message.of("sync.settings.regions", Param.label(file.toString()), Param.label(code)));
            }
        }
        return codes;
    }

    /** "Hauts-de-France" → "hauts_de_france": the région as a file-name word. */
    public static String fileWord(String regionName) {
        String plain = java.text.Normalizer.normalize(regionName, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    /** The offers in the API's own answer shape ({@code {"resultats": [...]}}), with the fields the importer reads. */
    static byte[] answer(List<JobOffer> offers) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("resultats");
            for (JobOffer o : offers) {
                json.writeStartObject();
                json.writeStringField("id", o.id());
                json.writeStringField("intitule", o.title());
                json.writeStringField("romeCode", o.rome().value());
                if (o.createdAt() != null) {
                    // In French time, as the API writes it: the day shown is the day the offer was created in France.
                    json.writeStringField("dateCreation", o.createdAt().atZone(PARIS).toOffsetDateTime().toString());
                }
                if (o.contract() != null) {
                    json.writeStringField("typeContratLibelle", o.contract());
                }
                json.writeObjectFieldStart("lieuTravail");
                if (o.place() != null) {
                    json.writeStringField("libelle", o.place());
                }
                if (o.communeInsee() != null) {
                    json.writeStringField("commune", o.communeInsee());
                }
                if (o.latitude() != null && o.longitude() != null) {
                    json.writeNumberField("latitude", o.latitude());
                    json.writeNumberField("longitude", o.longitude());
                }
                json.writeEndObject();
                json.writeObjectFieldStart("entreprise");
                if (o.employer() != null) {
                    json.writeStringField("nom", o.employer());
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
