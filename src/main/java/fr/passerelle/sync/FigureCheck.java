package fr.passerelle.sync;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.importer.DatasetFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.catalog.FormatCatalog;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The key-figure step of a sync, between the unpacking and the import: measures each new file that has key figures and
 * compares it with the version the cache holds. That version's figures come from the sync state when it recorded the
 * very file the cache holds (same SHA-256). A dataset imported by hand ({@code import PATH}) has none recorded (the
 * cache keeps the file's name and SHA-256, not the file): its first sync checks line counts only and records the
 * figures the next one is compared with.
 */
final class FigureCheck {
    /** The kinds whose records give key figures (the others would be read for nothing). */
    static final Set<String> KINDS = Set.of("market.tension", "lbb.establishments", "companies.file", "companies.lbb_v2",
            "trainings.lheo", "trainings.lheo_index", "trainings.cpf_csv", "trainings.cpf_api", "rome4.occupations",
            "rome3.occupations", "market.live_offers");

    private final FormatCatalog catalog = FormatCatalog.standard();
    private final SanityRules sanity;
    private final Map<String, DatasetInfo> cached;
    private final SyncState state;

    FigureCheck(SanityRules sanity, Map<String, DatasetInfo> cached, SyncState state) {
        this.sanity = sanity;
        this.cached = cached;
        this.state = state;
    }

    /** The new file's figures (none for a kind without figures). */
    KeyFigures measure(BundleManifest.BundleFile file, Path unpacked) throws SyncException {
        Optional<DatasetFormat> format = catalog.byKind(file.kind());
        if (!KINDS.contains(file.kind()) || format.isEmpty()) {
            return KeyFigures.NONE;
        }
        try {
            return KeyFigures.of(unpacked, format.get());
        } catch (ImportException e) {
            throw new SyncException(Message.of("sync.file.unreadable", Param.label(file.name()), Param.of(e.said())));
        }
    }

    /** Why the new figures are refused against the cached version's, one sentence per figure; empty when they pass. */
    java.util.List<Message> refusals(BundleManifest.BundleFile file, KeyFigures now) {
        if (now.isEmpty()) {
            return java.util.List.of();
        }
        return sanity.figureRefusals(baseline(file).orElse(null), now);
    }

    Optional<KeyFigures> baseline(BundleManifest.BundleFile file) {
        DatasetInfo have = cached.get(file.datasetKey());
        if (have == null || have.sha256() == null) {
            return Optional.empty();
        }
        SyncState.Synced synced = state.files().get(file.datasetKey());
        if (synced != null && have.sha256().equals(synced.sha256()) && !synced.figures().isEmpty()) {
            return Optional.of(synced.figures());
        }
        return Optional.empty();
    }
}
