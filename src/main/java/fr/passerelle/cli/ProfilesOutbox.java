package fr.passerelle.cli;

import fr.passerelle.app.profile.EncryptedProfileStore;
import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.sync.Outbox;
import fr.passerelle.sync.OutboxItem;
import fr.passerelle.sync.OutboxPusher;
import fr.passerelle.sync.SyncSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code profiles outbox} and {@code profiles push}: the counsellor's work waiting for the agency (issue 12), kept in
 * the encrypted personal store with each change; what is pending, what the agency refused and why, what it kept as a
 * conflict; and a push to {@code agency.url} of {@code HOME/sync.properties}.
 */
final class ProfilesOutbox {
    private ProfilesOutbox() {
    }

    @Command(name = "outbox", mixinStandardHelpOptions = true,
            description = "Boîte d'envoi vers l'agence : éléments non envoyés, refusés (avec la raison), en conflit.")
    static final class Show implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfilesCommand profiles;

        @Override
        public Integer call() {
            return profiles.withStore((data, store, out, err) -> {
                Outbox box = data.outbox().orElseThrow();
                List<OutboxItem> pending = box.pending();
                out.println(pending.size() + " non envoyé(s)");
                for (OutboxItem i : pending) {
                    out.println("  " + line(i, store));
                }
                List<Outbox.Rejected> rejected = box.rejected();
                if (!rejected.isEmpty()) {
                    out.println(rejected.size() + " refusé(s) par l'agence (gardés, jamais supprimés) :");
                    rejected.forEach(r -> out.println("  " + line(r.item(), store) + " : " + r.reason()));
                }
                List<Outbox.Sent> conflicts = box.conflicts();
                if (!conflicts.isEmpty()) {
                    out.println(conflicts.size() + " en conflit (modifié(s) aussi sur un autre poste ; l'agence garde les deux"
                            + " versions, à trancher par un conseiller) :");
                    conflicts.forEach(c -> out.println("  " + line(c.item(), store)));
                }
                return 0;
            });
        }

        private String line(OutboxItem i, EncryptedProfileStore store) {
            String who = store.find(i.subject()).map(StoredProfile::name).map(n -> n == null ? "(sans nom)" : n)
                    .orElse("(dossier effacé)");
            return "n° " + i.sequence() + "  " + i.kind().wire() + "  " + who + "  révision " + i.revision()
                    + "  du " + ProfileText.date(i.createdAt(), profiles.clock);
        }
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = "Envoie la boîte d'envoi à l'agence (agency.url de sync.properties), dans l'ordre, sans doublon.")
    static final class Push implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfilesCommand profiles;

        @Override
        public Integer call() {
            PrintWriter err = profiles.spec.commandLine().getErr();
            SyncSettings settings;
            try {
                settings = SyncSettings.load(profiles.parent.home().root());
            } catch (IOException e) {
                err.println("passerelle: " + e.getMessage());
                return 2;
            }
            if (settings.agencyUrl() == null) {
                err.println("passerelle: aucune agence configurée : ajoutez agency.url=… à "
                        + profiles.parent.home().root().resolve("sync.properties"));
                return 2;
            }
            return profiles.withStore((data, store, out, e) -> {
                OutboxPusher.PushReport report;
                try {
                    report = OutboxPusher.to(settings.agencyUrl(), profiles.clock).push(data.outbox().orElseThrow());
                } catch (IOException x) {
                    e.println("passerelle: " + x.getMessage());
                    return 2;
                }
                out.println("Envoyé(s) : " + report.sent() + (report.conflicts() > 0 ? " (dont " + report.conflicts()
                        + " en conflit : l'agence garde les deux versions)" : "") + " ; refusé(s) : " + report.rejected()
                        + " ; non envoyé(s) : " + report.remaining());
                if (report.stopped() != null) {
                    out.println("Arrêté : " + report.stopped());
                    return 3;
                }
                return report.rejected() > 0 ? 1 : 0;
            });
        }
    }
}
