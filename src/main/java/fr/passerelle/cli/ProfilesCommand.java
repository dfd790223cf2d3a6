package fr.passerelle.cli;

import fr.passerelle.app.Home;
import fr.passerelle.app.PathRequest;
import fr.passerelle.app.profile.EncryptedProfileStore;
import fr.passerelle.app.profile.PersonalData;
import fr.passerelle.app.profile.ProfileNotFoundException;
import fr.passerelle.app.profile.SavedPath;
import fr.passerelle.app.profile.StoredProfile;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.personal.PassphraseRules;
import fr.passerelle.personal.PersonalFailure;
import fr.passerelle.personal.WrongPassphraseException;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code profiles add|list|show|export|erase|purge|passphrase|outbox|push}: the job seekers' files of the encrypted personal
 * store, for scripts and tests. The passphrase comes from {@code PASSERELLE_PASSPHRASE}, else from a prompt that does
 * not echo. The first use sets the passphrase up and says that forgetting it loses the personal data.
 */
@Command(name = "profiles", mixinStandardHelpOptions = true,
        description = "Dossiers des demandeurs d'emploi (données personnelles chiffrées). Phrase secrète : variable"
                + " PASSERELLE_PASSPHRASE, sinon demandée sans écho.",
        subcommands = {ProfilesCommand.Add.class, ProfilesCommand.ListProfiles.class, ProfilesCommand.Show.class,
                ProfilesCommand.Export.class, ProfilesCommand.Erase.class, ProfilesCommand.Purge.class,
                ProfilesCommand.Passphrase.class, ProfilesOutbox.Show.class, ProfilesOutbox.Push.class})
final class ProfilesCommand {
    static final String ENV = "PASSERELLE_PASSPHRASE";
    static final String ENV_NEW = "PASSERELLE_NEW_PASSPHRASE";

    @CommandLine.ParentCommand
    PasserelleCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The environment; tests replace it. */
    Function<String, String> env = System::getenv;
    /** The clock of the purge and the dates; tests replace it. */
    Clock clock = Clock.systemDefaultZone();

    /** An unlocked store for one command: set up on first use, purged past retention at unlock, closed after. */
    int withStore(StoreWork work) {
        PrintWriter err = spec.commandLine().getErr();
        Home home = parent.home();
        try (PersonalData data = PersonalData.open(home, clock)) {
            EncryptedProfileStore store;
            if (data.state() == PersonalData.State.NOT_SET_UP) {
                char[] pass = passphrase(ENV, text("profiles.prompt.setUp", String.valueOf(PassphraseRules.MIN_LENGTH)));
                char[] confirm = env.apply(ENV) != null ? pass.clone() : prompt(text("profiles.prompt.confirm"));
                err.println(text("profiles.setUp.warning"));
                store = data.setUp(pass, confirm);
                Arrays.fill(pass, '\0');
                Arrays.fill(confirm, '\0');
            } else {
                char[] pass = passphrase(ENV, text("profiles.prompt.unlock"));
                try {
                    store = data.unlock(pass);
                } finally {
                    Arrays.fill(pass, '\0');
                }
            }
            return work.run(data, store, spec.commandLine().getOut(), err);
        } catch (WrongPassphraseException e) {
            err.println("passerelle: " + e.text(reasons()));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("passerelle: " + said(e));
            return 2;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }

    /**
     * The personal data's own failures (key file damaged, store open in another Passerelle, database) in the run's
     * language, exit 1 as before; anything else goes on to the command line's handler.
     */
    int failed(RuntimeException e, PrintWriter err) {
        if (!(e instanceof PersonalFailure f)) {
            throw e;
        }
        err.println("passerelle: " + f.text(reasons()));
        return 1;
    }

    /** A failure's text in the run's language when the personal data words it, else its message as written. */
    String said(Throwable e) {
        return PersonalFailure.textOf(e, reasons()).orElse(e.getMessage());
    }

    MessageRenderer reasons() {
        return parent.language().reasons();
    }

    /** A sentence of CliMessages in the run's language (arguments already formatted). */
    String text(String key, Object... args) {
        return parent.language().text(key, args);
    }

    /** A count as French always printed it (plain digits), or grouped in English ({@code 1,200}). */
    String count(long n) {
        return parent.language() == CliLanguage.ENGLISH ? new OutputWords(CliLanguage.ENGLISH).number(n) : String.valueOf(n);
    }

    /** A day of the clock's zone: {@code 1er décembre 2026}, {@code 1 December 2026}. */
    String date(Instant instant) {
        return ProfileText.date(instant, clock, new OutputWords(parent.language()));
    }

    void notFound(PrintWriter err, String id) {
        err.println("passerelle: " + text("profiles.notFound", id));
    }

    @FunctionalInterface
    interface StoreWork {
        int run(PersonalData data, EncryptedProfileStore store, PrintWriter out, PrintWriter err) throws WrongPassphraseException;
    }

    char[] passphrase(String variable, String prompt) {
        String fromEnv = env.apply(variable);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        return prompt(prompt);
    }

    private char[] prompt(String prompt) {
        Console console = System.console();
        if (console == null) {
            throw new IllegalArgumentException(text("profiles.noPassphrase", ENV));
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
            throw new IllegalArgumentException(text("profiles.promptInterrupted"));
        }
        return typed;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Crée un dossier et affiche son identifiant.")
    static final class Add implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfilesCommand profiles;
        @Option(names = "--first-name", required = true, paramLabel = "TEXTE", description = "Prénom") String firstName;
        @Option(names = "--last-name", required = true, paramLabel = "TEXTE", description = "Nom") String lastName;
        @Option(names = "--rome", paramLabel = "CODE", description = "Code ROME du métier actuel (une lettre et quatre chiffres)") String rome;
        @Option(names = "--job", paramLabel = "TEXTE", description = "Métier actuel, en clair") String job;
        @Option(names = "--commune", required = true, paramLabel = "COMMUNE", description = "Commune (nom, code postal ou code INSEE)") String commune;
        @Option(names = "--radius", paramLabel = "KM", description = "Rayon de recherche en km") Integer radius;
        @Option(names = "--level", paramLabel = "NIVEAU", description = "Niveau de formation") String level;
        @Option(names = "--max-hours", paramLabel = "N", description = "Durée maximale de formation en heures") Integer maxHours;
        @Option(names = "--cpf", paramLabel = "EUROS", description = "Solde CPF en euros") BigDecimal cpf;
        @Option(names = "--budget", paramLabel = "EUROS", description = "Ce qu'elle peut payer elle-même, en euros") BigDecimal budget;
        @Option(names = "--remote", description = "Formation à distance acceptée") Boolean remote;
        @Option(names = "--status", paramLabel = "de|non-inscrit|salarie", description = "de, non_inscrit ou salarie") String status;
        @Option(names = "--age", paramLabel = "N", description = "Âge en années") Integer age;
        @Option(names = "--allocation", paramLabel = "are|ass|rsa|aucune", description = "are, ass, rsa ou aucune") String allocation;
        @Option(names = "--allocation-end", paramLabel = "AAAA-MM-JJ", description = "Date de fin de l'allocation") String allocationEnd;
        @Option(names = "--support-end", paramLabel = "AAAA-MM-JJ",
                description = "Fin de l'accompagnement (la conservation compte à partir de la plus tardive de cette date et de la dernière activité)")
        String supportEnd;

        @Override
        public Integer call() {
            PrintWriter err = profiles.spec.commandLine().getErr();
            if (rome == null && job == null) {
                err.println("passerelle: " + profiles.text("profiles.add.noJob"));
                return 2;
            }
            if (rome != null && !rome.strip().toUpperCase().matches("[A-N]\\d{4}")) {
                err.println("passerelle: " + profiles.text("profiles.add.badRome", rome));
                return 2;
            }
            LocalDate end;
            try {
                end = supportEnd == null ? null : LocalDate.parse(supportEnd);
                if (allocationEnd != null) {
                    LocalDate.parse(allocationEnd);
                }
            } catch (DateTimeParseException e) {
                err.println("passerelle: " + profiles.text("profiles.add.badDate"));
                return 2;
            }
            String name = firstName.strip() + " " + lastName.strip();
            PathRequest request = new PathRequest(job, rome == null ? null : rome.strip().toUpperCase(), commune, radius, level,
                    maxHours, cpf, budget, remote, name, status, age, allocation, allocationEnd);
            return profiles.withStore((data, store, out, e) -> {
                out.println(store.create(name, request, end).id());
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Liste les dossiers : identifiant, nom, dernière activité.")
    static final class ListProfiles implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfilesCommand profiles;

        @Override
        public Integer call() {
            return profiles.withStore((data, store, out, err) -> {
                var all = store.list();
                if (all.isEmpty()) {
                    out.println(profiles.text("profiles.list.empty"));
                }
                for (StoredProfile p : all) {
                    out.printf("%s  %-32s  %s%n", p.id(), p.name() == null ? profiles.text("profile.noName") : p.name(),
                            profiles.text("profiles.list.lastActivity", profiles.date(p.updated())));
                }
                return 0;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Affiche un dossier : profil, notes, dernier parcours.")
    static final class Show implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfilesCommand profiles;
        @Parameters(paramLabel = "ID", description = "Identifiant du dossier (voir passerelle profiles list)") String id;

        @Override
        public Integer call() {
            return profiles.withStore((data, store, out, err) -> {
                var found = store.find(id);
                if (found.isEmpty()) {
                    err.println("passerelle: aucun dossier « " + id + " » (voir passerelle profiles list)");
                    return 2;
                }
                SavedPath last = store.lastPath(id).orElse(null);
                out.print(ProfileText.describe(found.get(), last, profiles.clock, new OutputWords(profiles.parent.language())));
                out.flush();
                return 0;
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Écrit les données d'une personne en JSON (droit d'accès et portabilité), dans le fichier choisi.")
    static final class Export implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfilesCommand profiles;
        @Parameters(paramLabel = "ID", description = "Identifiant du dossier (voir passerelle profiles list)") String id;
        @Option(names = "--out", required = true, paramLabel = "FICHIER", description = "Fichier JSON à écrire") Path out;

        @Override
        public Integer call() {
            return profiles.withStore((data, store, o, err) -> {
                try {
                    Files.writeString(out, data.export(id), StandardCharsets.UTF_8);
                } catch (ProfileNotFoundException e) {
                    profiles.notFound(err, id);
                    return 2;
                } catch (IOException e) {
                    err.println("passerelle: " + profiles.text("profiles.export.failed", out, e.getClass().getSimpleName()));
                    return 1;
                }
                o.println(profiles.text("profiles.export.done", out.toAbsolutePath()));
                return 0;
            });
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Efface une personne (profil, notes, parcours) sur sa demande, puis compacte le fichier.")
    static final class Erase implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfilesCommand profiles;
        @Parameters(paramLabel = "ID", description = "Identifiant du dossier (voir passerelle profiles list)") String id;

        @Override
        public Integer call() {
            return profiles.withStore((data, store, out, err) -> {
                if (!data.erase(id)) {
                    profiles.notFound(err, id);
                    return 2;
                }
                out.println(profiles.text("profiles.erase.done"));
                return 0;
            });
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Supprime les dossiers dont la durée de conservation est dépassée (aussi fait à chaque ouverture).")
    static final class Purge implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfilesCommand profiles;

        @Override
        public Integer call() {
            return profiles.withStore((data, store, out, err) -> {
                // The unlock has purged already; a second pass finds what expired meanwhile (none, usually).
                int purged = data.purgeExpired();
                int kept = store.list().size();
                out.println(profiles.text("profiles.purge.done", String.valueOf(data.settings().retention().keep().toTotalMonths()),
                        profiles.count(purged), profiles.count(kept), purged, kept));
                return 0;
            });
        }
    }

    @Command(name = "passphrase", mixinStandardHelpOptions = true,
            description = "Change la phrase secrète (nouvelle : PASSERELLE_NEW_PASSPHRASE, sinon demandée) ; seule la clé est rechiffrée.")
    static final class Passphrase implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfilesCommand profiles;

        @Override
        public Integer call() {
            PrintWriter err = profiles.spec.commandLine().getErr();
            try (PersonalData data = PersonalData.open(profiles.parent.home(), profiles.clock)) {
                if (data.state() == PersonalData.State.NOT_SET_UP) {
                    err.println("passerelle: " + profiles.text("profiles.passphrase.notSetUp"));
                    return 2;
                }
                char[] current = profiles.passphrase(ENV, profiles.text("profiles.prompt.current"));
                char[] next = profiles.passphrase(ENV_NEW, profiles.text("profiles.prompt.next", String.valueOf(PassphraseRules.MIN_LENGTH)));
                char[] confirm = profiles.env.apply(ENV_NEW) != null ? next.clone() : profiles.prompt(profiles.text("profiles.prompt.confirmNext"));
                data.changePassphrase(current, next, confirm);
                profiles.spec.commandLine().getOut().println(profiles.text("profiles.passphrase.changed"));
                return 0;
            } catch (WrongPassphraseException e) {
                err.println("passerelle: " + e.text(profiles.reasons()));
                return 1;
            } catch (IllegalArgumentException e) {
                err.println("passerelle: " + profiles.said(e));
                return 2;
            } catch (RuntimeException e) {
                return profiles.failed(e, err);
            }
        }
    }
}
