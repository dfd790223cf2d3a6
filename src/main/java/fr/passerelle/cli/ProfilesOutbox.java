package fr.passerelle.cli;

import fr.passerelle.app.profile.EncryptedProfileStore;
import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.sync.Outbox;
import fr.passerelle.sync.OutboxItem;
import fr.passerelle.sync.OutboxPusher;
import fr.passerelle.sync.SettingsException;
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
                out.println(profiles.text("profiles.outbox.pending", profiles.count(pending.size()), pending.size()));
                for (OutboxItem i : pending) {
                    out.println("  " + line(i, store));
                }
                List<Outbox.Rejected> rejected = box.rejected();
                if (!rejected.isEmpty()) {
                    out.println(profiles.text("profiles.outbox.rejected", profiles.count(rejected.size()), rejected.size()));
                    // The reason is the agency's own words, shown as it sent them.
                    rejected.forEach(r -> out.println("  " + profiles.text("profiles.outbox.because", line(r.item(), store), r.reason())));
                }
                List<Outbox.Sent> conflicts = box.conflicts();
                if (!conflicts.isEmpty()) {
                    out.println(profiles.text("profiles.outbox.conflicts", profiles.count(conflicts.size()), conflicts.size()));
                    conflicts.forEach(c -> out.println("  " + line(c.item(), store)));
                }
                return 0;
            });
        }

        private String line(OutboxItem i, EncryptedProfileStore store) {
            String who = store.find(i.subject()).map(StoredProfile::name).map(n -> n == null ? profiles.text("profile.noName") : n)
                    .orElse(profiles.text("profiles.outbox.erased"));
            return profiles.text("profiles.outbox.line", String.valueOf(i.sequence()), profiles.text("profiles.outbox.kind." + i.kind().wire()),
                    who, String.valueOf(i.revision()), profiles.date(i.createdAt()));
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
            } catch (SettingsException e) {
                err.println("passerelle: " + e.text(profiles.reasons()));
                return 2;
            } catch (IOException e) {
                err.println("passerelle: " + e.getMessage());
                return 2;
            }
            if (settings.agencyUrl() == null) {
                err.println("passerelle: " + profiles.text("profiles.push.noAgency", profiles.parent.home().root().resolve("sync.properties")));
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
                out.println(profiles.text("profiles.push.report", profiles.count(report.sent()),
                        report.conflicts() > 0 ? profiles.text("profiles.push.conflicts", profiles.count(report.conflicts())) : "",
                        profiles.count(report.rejected()), profiles.count(report.remaining())));
                if (report.stopped() != null) {
                    // Why the push stopped is the sync's own sentence, said in the run's language.
                    out.println(profiles.text("profiles.push.stopped", report.stopped(profiles.reasons())));
                    return 3;
                }
                return report.rejected() > 0 ? 1 : 0;
            });
        }
    }
}
