package fr.passerelle.sync;

import fr.passerelle.engine.words.Message;
import fr.passerelle.engine.words.MessageRenderer;
import fr.passerelle.engine.words.Param;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Pushes the outbox to the agency endpoint, in order, one item at a time, each with its client-made id (also sent as
 * Idempotency-Key): marked sent only on the agency's acknowledgement; refused (400/422) kept apart with the agency's
 * reason, and the next items go on; anything else (no network, a lost acknowledgement, 5xx) stops the push with the
 * item still pending, so order is kept and the next push sends it again (stored once: the agency knows its id).
 */
public final class OutboxPusher {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;
    private final HttpUrl endpoint;
    private final Clock clock;

    public OutboxPusher(OkHttpClient http, HttpUrl endpoint, Clock clock) {
        this.http = http;
        this.endpoint = endpoint;
        this.clock = clock;
    }

    /** A pusher to the agency endpoint at {@code url}. */
    public static OutboxPusher to(String url, Clock clock) throws IOException {
        HttpUrl endpoint = HttpUrl.parse(url);
        if (endpoint == null) {
            throw new SettingsException(Message.of("sync.outbox.url", Param.label(String.valueOf(url))));
        }
        return new OutboxPusher(SyncClients.http(), endpoint, clock);
    }

    /**
     * What a push did. {@code stopped} says why it stopped early, in French, or is null; {@code why} is the same as a
     * message, to be said in the reader's language by {@link #stopped(MessageRenderer)}.
     */
    public record PushReport(int sent, int conflicts, int rejected, int remaining, String stopped, Message why) {
        public PushReport(int sent, int conflicts, int rejected, int remaining, String stopped) {
            this(sent, conflicts, rejected, remaining, stopped, stopped == null ? null : SyncWords.data(stopped));
        }

        static PushReport stopped(int sent, int conflicts, int rejected, int remaining, Message why) {
            return new PushReport(sent, conflicts, rejected, remaining, MessageRenderer.french().render(why), why);
        }

        /** Why the push stopped early in the renderer's language, or null. */
        public String stopped(MessageRenderer in) {
            return why == null ? null : in.render(why);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Ack {
        public String id;
        public String statut;
        public String raison;
    }

    public PushReport push(Outbox outbox) throws IOException {
        int sent = 0;
        int conflicts = 0;
        int rejected = 0;
        for (OutboxItem item : outbox.pending()) {
            Request request = new Request.Builder().url(endpoint).header("Idempotency-Key", item.id().toString())
                    .post(RequestBody.create(body(item), JSON)).build();
            try (Response response = http.newCall(request).execute()) {
                byte[] bytes = response.body() == null ? new byte[0] : response.body().bytes();
                Ack ack = readAck(bytes);
                if ((response.code() == 200 || response.code() == 201) && ack != null && item.id().toString().equals(ack.id)) {
                    outbox.markSent(item.id(), ack.statut, clock.instant());
                    sent++;
                    conflicts += "conflit".equals(ack.statut) ? 1 : 0;
                } else if (response.code() == 400 || response.code() == 422) {
                    // Kept in the outbox as written (the agency's own reason, else ours in French, as the store keeps it).
                    outbox.markRejected(item.id(), ack != null && ack.raison != null ? ack.raison
                            : MessageRenderer.french().render(Message.of("sync.outbox.rejected", SyncWords.digits(response.code()))),
                            clock.instant());
                    rejected++;
                } else {
                    return PushReport.stopped(sent, conflicts, rejected, outbox.unsentCount(),
                            Message.of("sync.outbox.status", SyncWords.digits(response.code())));
                }
            } catch (IOException e) {
                return PushReport.stopped(sent, conflicts, rejected, outbox.unsentCount(),
                        Message.of("sync.outbox.noAck", Param.of(HttpCalls.network(e))));
            }
        }
        return new PushReport(sent, conflicts, rejected, outbox.unsentCount(), null, null);
    }

    private static Ack readAck(byte[] bytes) {
        try {
            return bytes.length == 0 ? null : MAPPER.readValue(bytes, Ack.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static byte[] body(OutboxItem item) throws IOException {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", item.id().toString());
        node.put("sequence", item.sequence());
        node.put("kind", item.kind().wire());
        node.put("subject", item.subject());
        node.put("revision", item.revision());
        node.put("baseRevision", item.baseRevision());
        node.put("origin", item.origin());
        node.put("createdAt", item.createdAt().toString());
        node.set("payload", MAPPER.readTree(item.payloadJson()));
        return MAPPER.writeValueAsBytes(node);
    }
}
