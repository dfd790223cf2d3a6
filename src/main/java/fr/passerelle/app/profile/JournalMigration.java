package fr.passerelle.app.profile;

import fr.passerelle.store.personal.PersonalRows.OutboxRow;
import fr.passerelle.store.personal.PersonalStore;
import fr.passerelle.sync.JournalOutbox;
import fr.passerelle.sync.Outbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Moves the items of the former outbox journal ({@code personal/outbox.journal}, encrypted with its own key,
 * {@code JournalOutbox}) into the encrypted database's outbox table, once, at the first unlock that finds it: pending,
 * rejected (with the reason) and conflicting items, in their order, with their ids (so an item the agency already has
 * is still stored once). Then the journal and its key are deleted: its items are in the database, and a second copy of
 * personal data must not stay beside it. A crash before the deletion makes the next unlock run it again, which adds
 * nothing (the ids are there). {@code JournalOutbox} stays only as this migration's reader.
 */
final class JournalMigration {
    static final String JOURNAL = "outbox.journal";
    static final String KEY = "outbox.key";

    private JournalMigration() {
    }

    /** Returns how many items were moved (0 when there is no journal). */
    static int run(Path personalFolder, PersonalStore store, String origin, Clock clock) {
        Path journal = personalFolder.resolve(JOURNAL);
        if (!Files.exists(journal)) {
            return 0;
        }
        try {
            JournalOutbox old = JournalOutbox.open(personalFolder, origin, clock);
            List<OutboxRow> rows = new ArrayList<>();
            old.pending().forEach(i -> rows.add(PersonalOutbox.row(i, OutboxRow.PENDING, null, null, null)));
            for (Outbox.Rejected r : old.rejected()) {
                rows.add(PersonalOutbox.row(r.item(), OutboxRow.REJECTED, "refuse", r.reason(), r.at()));
            }
            for (Outbox.Sent s : old.conflicts()) {
                rows.add(PersonalOutbox.row(s.item(), OutboxRow.SENT, s.status(), null, s.at()));
            }
            rows.sort(Comparator.comparingLong(OutboxRow::sequence));
            int added = store.importOutbox(rows);
            Files.delete(journal);
            Files.deleteIfExists(personalFolder.resolve(KEY));
            return added;
        } catch (IOException e) {
            // The journal stays where it is, whole: the next unlock tries again. No value of it in the message.
            System.err.println("passerelle: ancienne boîte d'envoi (" + journal + ") non reprise : " + e.getClass().getSimpleName());
            return 0;
        }
    }
}
