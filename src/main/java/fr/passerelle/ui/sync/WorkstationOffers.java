package fr.passerelle.ui.sync;

import fr.passerelle.app.Workstation;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.Param;
import fr.passerelle.sync.CacheImport;
import fr.passerelle.sync.FranceTravailClient;
import fr.passerelle.sync.OfferRefresh;
import fr.passerelle.sync.OfferSync;
import fr.passerelle.sync.PartnerConfig;
import fr.passerelle.sync.SanityRules;
import fr.passerelle.sync.SyncFolder;
import fr.passerelle.sync.SyncReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's sync also brings the live offers when the partner API is configured, by the same loop as
 * {@code sync --offres} ({@link OfferRefresh}): after the bundle, unless offline, with the standard sanity rules (the
 * window has no override: a refused answer is reported and the command line can accept it after a check).
 */
final class WorkstationOffers {
    private WorkstationOffers() {
    }

    /** True when {@code offers.regions} and the France Travail credentials are both set. */
    static boolean configured(Path home) {
        try {
            return !OfferSync.configuredRegions(home).isEmpty() && PartnerConfig.load(home, System.getenv()).hasCredentials();
        } catch (IOException e) {
            return false;
        }
    }

    /** The bundle's report followed by the offers' lines; the same report when offers are not configured or offline. */
    static SyncReport after(SyncReport bundle, Workstation workstation, CacheImport cache, SyncFolder folder, Clock clock,
                            ProgressListener progress) throws IOException {
        Path home = workstation.home().root();
        if (bundle.outcome() == SyncReport.Outcome.OFFLINE || !configured(home)) {
            return bundle;
        }
        OfferSync sync = new OfferSync(FranceTravailClient.standard(PartnerConfig.load(home, System.getenv())), cache, folder,
                SanityRules.standard());
        OfferRefresh.Result result = OfferRefresh.run(sync, OfferSync.configuredRegions(home), workstation.pathEngine().index(),
                LocalDate.ofInstant(clock.instant(), ZoneId.systemDefault()), progress);
        List<Message> lines = new ArrayList<>();
        for (OfferRefresh.Line line : result.lines()) {
            // Under the report's lines: a problem as "refusé", a line already indented (a truncated slice) as it is.
            lines.add(line.problem() ? Message.of("sync.report.refusedLine", Param.of(line.said()))
                    : line.said().key().equals("sync.offers.truncatedLine") ? line.said()
                    : Message.of("sync.report.offersLine", Param.of(line.said())));
        }
        return bundle.withOfferLines(lines, result.imported() > 0);
    }
}
