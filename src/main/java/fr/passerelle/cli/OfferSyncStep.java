package fr.passerelle.cli;

import fr.passerelle.app.Workstation;
import fr.passerelle.sync.CacheImport;
import fr.passerelle.sync.FranceTravailClient;
import fr.passerelle.sync.OfferRefresh;
import fr.passerelle.sync.OfferSync;
import fr.passerelle.sync.PartnerConfig;
import fr.passerelle.sync.SanityRules;
import fr.passerelle.sync.SyncFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code sync --offres}: for each région of {@code offers.regions}, the live offers of every ROME 4 occupation of the
 * cache in its départements, fetched from the France Travail partner API and imported as one dated file
 * ({@link OfferRefresh}, the same loop as the window's sync). Several minutes per région at the API's 10 requests a
 * second (one query per occupation).
 */
final class OfferSyncStep {
    private final Workstation workstation;
    private final CacheImport cache;
    private final SyncFolder folder;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean acceptJumps;
    private final CliLanguage language;

    OfferSyncStep(Workstation workstation, CacheImport cache, SyncFolder folder, PrintWriter out, PrintWriter err,
                  boolean acceptJumps, CliLanguage language) {
        this.language = language;
        this.workstation = workstation;
        this.cache = cache;
        this.folder = folder;
        this.out = out;
        this.err = err;
        this.acceptJumps = acceptJumps;
    }

    /** 0 when every région came, 2 when not configured, 3 offline, 1 when a région's answer or file was refused. */
    int run() throws IOException {
        List<String> regions = OfferSync.configuredRegions(workstation.home().root());
        PartnerConfig config = PartnerConfig.load(workstation.home().root(), System.getenv());
        if (regions.isEmpty() || !config.hasCredentials()) {
            err.println("passerelle: " + language.text("sync.cli.offers.notConfigured"));
            return 2;
        }
        OfferSync sync = new OfferSync(FranceTravailClient.standard(config), cache, folder,
                acceptJumps ? SanityRules.acceptJumps() : SanityRules.standard());
        OfferRefresh.Result result = OfferRefresh.run(sync, regions, workstation.pathEngine().index(),
                LocalDate.now(ZoneId.systemDefault()), TerminalProgress.forStderr());
        for (OfferRefresh.Line line : result.lines()) {
            if (line.problem()) {
                err.println("passerelle: " + line.text(language.reasons()));
            } else {
                out.println(line.text(language.reasons()));
            }
        }
        return result.exit();
    }
}
