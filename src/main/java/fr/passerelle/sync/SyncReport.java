package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a sync run did, for the CLI, the window and the state file, as messages (engine/words/sync*.properties) said in
 * the reader's language by {@link #lines(MessageRenderer)}; {@link #lines()} and the String accessors are the French.
 *
 * @param outcome   up to date, updated, offline (normal: retried later) or refused (nothing imported)
 * @param changes   datasets replaced ("ROME 4 – codes : 4.59 → 4.60, 1 584 lignes")
 * @param refusals  datasets kept out with the reason
 * @param downloaded bytes transferred by this run; {@code resumed} bytes that an earlier, interrupted run had kept
 * @param reason    why the run was offline or refused; {@link Message#NONE} otherwise
 * @param offerLines what the live-offer step said after the bundle (the window's sync); empty without it
 * @param offersImported true when that step imported offers (the path must be computed again)
 */
public record SyncReport(Outcome outcome, String version, Instant at, List<Message> changes, List<Message> refusals,
                         long downloaded, long resumed, Message reason, List<Message> offerLines, boolean offersImported) {
    public enum Outcome { UP_TO_DATE, UPDATED, OFFLINE, REFUSED }

    public SyncReport {
        changes = List.copyOf(changes);
        refusals = List.copyOf(refusals);
        offerLines = List.copyOf(offerLines);
        reason = reason == null ? Message.NONE : reason;
    }

    /** A bundle run's report, before any live-offer step. */
    public SyncReport(Outcome outcome, String version, Instant at, List<Message> changes, List<Message> refusals,
                      long downloaded, long resumed, Message reason) {
        this(outcome, version, at, changes, refusals, downloaded, resumed, reason, List.of(), false);
    }

    /** A report written as texts (tests, a fake sync): each text is said as written in every language. */
    public SyncReport(Outcome outcome, String version, Instant at, List<String> changed, List<String> refused,
                      long downloaded, long resumed, String message) {
        this(outcome, version, at, texts(changed), texts(refused), downloaded, resumed,
                message == null || message.isEmpty() ? Message.NONE : SyncWords.data(message));
    }

    /** The same report followed by lines written as texts, said as written in every language. */
    public SyncReport withOffers(List<String> lines, boolean imported) {
        return withOfferLines(texts(lines), imported);
    }

    /** The same report followed by the live-offer step's lines (each already indented as the report shows it). */
    public SyncReport withOfferLines(List<Message> lines, boolean imported) {
        return new SyncReport(outcome, version, at, changes, refusals, downloaded, resumed, reason, lines, imported);
    }

    /** True when the cache changed (bundle datasets or live offers): the window shows the datasets and the path again. */
    public boolean cacheChanged() {
        return outcome == Outcome.UPDATED || offersImported;
    }

    /** The datasets replaced, in French. */
    public List<String> changed() {
        return french(changes);
    }

    /** The datasets kept out with the reason, in French. */
    public List<String> refused() {
        return french(refusals);
    }

    /** The live-offer step's lines, in French. */
    public List<String> offers() {
        return french(offerLines);
    }

    /** Why the run was offline or refused, in French ("" otherwise). */
    public String message() {
        return MessageRenderer.french().render(reason);
    }

    /** The report in lines of French, as `sync` prints it by default and the state file keeps it. */
    public List<String> lines() {
        return lines(MessageRenderer.french());
    }

    /** The report in lines of the renderer's language. */
    public List<String> lines(MessageRenderer in) {
        List<String> lines = new ArrayList<>();
        switch (outcome) {
            case UP_TO_DATE -> lines.add(in.render(version == null ? Message.of("sync.report.upToDate")
                    : Message.of("sync.report.upToDate.version", Param.label(version))));
            case UPDATED -> lines.add(in.render(Message.of("sync.report.updated", Param.label(String.valueOf(version)),
                    Param.number(changes.size()))));
            case OFFLINE -> lines.add(in.render(Message.of("sync.report.offline", Param.of(reason))));
            case REFUSED -> lines.add(in.render(Message.of("sync.report.refused", Param.of(reason))));
        }
        changes.forEach(c -> lines.add(in.render(Message.of("sync.report.changedLine", Param.of(c)))));
        refusals.forEach(r -> lines.add(in.render(Message.of("sync.report.refusedLine", Param.of(r)))));
        if (downloaded > 0 || resumed > 0) {
            lines.add(in.render(resumed > 0
                    ? Message.of("sync.report.downloaded.resumed", Param.number(downloaded), Param.number(resumed))
                    : Message.of("sync.report.downloaded", Param.number(downloaded))));
        }
        offerLines.forEach(o -> lines.add(in.render(o)));
        return lines;
    }

    private static List<Message> texts(List<String> texts) {
        return texts.stream().map(SyncWords::data).toList();
    }

    private static List<String> french(List<Message> messages) {
        return messages.stream().map(MessageRenderer.french()::render).toList();
    }
}
