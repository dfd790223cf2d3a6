package fr.passerelle.cli;

import fr.passerelle.app.Workstation;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.importer.ImportException;
import fr.passerelle.sync.CacheImport;
import fr.passerelle.sync.FranceTravailClient;
import fr.passerelle.sync.OfferSync;
import fr.passerelle.sync.OfflineException;
import fr.passerelle.sync.PartnerConfig;
import fr.passerelle.sync.SyncException;
import fr.passerelle.sync.SyncFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code sync --offres}: for each région of {@code offers.regions}, the live offers of every ROME 4 occupation of the
 * cache in its départements, fetched from the France Travail partner API and imported as one dated file
 * ({@link OfferSync}). Several minutes per région at the API's 10 requests a second (one query per occupation).
 */
final class OfferSyncStep {
    private final Workstation workstation;
    private final CacheImport cache;
    private final SyncFolder folder;
    private final PrintWriter out;
    private final PrintWriter err;

    private final boolean acceptJumps;

    OfferSyncStep(Workstation workstation, CacheImport cache, SyncFolder folder, PrintWriter out, PrintWriter err,
                  boolean acceptJumps) {
        this.acceptJumps = acceptJumps;
        this.workstation = workstation;
        this.cache = cache;
        this.folder = folder;
        this.out = out;
        this.err = err;
    }

    /** 0 when every région came, 2 when not configured, 3 offline, 1 when a région's answer or file was refused. */
    int run() throws IOException {
        List<String> regions = OfferSync.configuredRegions(workstation.home().root());
        PartnerConfig config = PartnerConfig.load(workstation.home().root(), System.getenv());
        if (regions.isEmpty() || !config.hasCredentials()) {
            err.println("passerelle: offres non relevées : il faut offers.regions et les identifiants France Travail"
                    + " (francetravail.clientId / clientSecret) dans sync.properties");
            return 2;
        }
        PathIndex index = workstation.pathEngine().index();
        List<RomeCode> romes = index.referential().codes().stream().sorted().map(RomeCode::new).toList();
        OfferSync sync = new OfferSync(FranceTravailClient.standard(config), cache, folder,
                acceptJumps ? fr.passerelle.sync.SanityRules.acceptJumps() : fr.passerelle.sync.SanityRules.standard());
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        int exit = 0;
        for (String region : regions) {
            String name = index.territory().regionName(region);
            List<String> departements = index.territory().departements().keySet().stream()
                    .filter(d -> region.equals(index.territory().regionOfDepartement(d))).toList();
            if (departements.isEmpty()) {
                err.println("passerelle: région " + region + " inconnue du cache : offres non relevées");
                exit = Math.max(exit, 2);
                continue;
            }
            try {
                OfferSync.Outcome outcome = sync.run(OfferSync.fileWord(name), departements, romes, today, TerminalProgress.forStderr());
                out.printf("Offres d'emploi %s : %s offres relevées le %s%s%n", name, FrenchFormats.number(outcome.offers()),
                        FrenchFormats.date(today), outcome.offers() == 0 ? " (aucune : les offres du cache restent)" : ", importées");
                outcome.truncated().forEach(t -> out.println("  tronqué : " + t));
            } catch (OfflineException e) {
                err.println("passerelle: offres " + name + " : " + e.getMessage());
                return 3;
            } catch (SyncException e) {
                err.println("passerelle: offres " + name + " : " + e.getMessage());
                exit = 1;
            } catch (ImportException e) {
                err.println("passerelle: offres " + name + " refusées : " + e.getMessage());
                exit = 1;
            }
        }
        return exit;
    }
}
