package fr.passerelle.engine.index.persist;

import fr.passerelle.engine.data.TrainingOffer;
import fr.passerelle.engine.index.TrainingIndex;
import java.nio.ByteBuffer;

/**
 * The training sessions of a persisted index, each decoded the first time a path looks at it (a path looks at a
 * few hundred of 300,000) and then kept. Safe to share: a session decoded twice by a race is an equal record, and
 * records have final fields.
 */
final class LazyOffers implements TrainingIndex.Offers {
    private static final RecordCodec<TrainingOffer> CODEC = RecordCodec.of(TrainingOffer.class);

    private final ByteBuffer records;
    private final int[] starts;
    private final StringTable strings;
    private final TrainingOffer[] decoded;

    LazyOffers(ByteBuffer records, int[] starts, StringTable strings) {
        this.records = records;
        this.starts = starts;
        this.strings = strings;
        this.decoded = new TrainingOffer[starts.length];
    }

    static String shape() {
        return CODEC.shape();
    }

    @Override
    public TrainingOffer get(int id) {
        TrainingOffer offer = decoded[id];
        if (offer == null) {
            try {
                offer = CODEC.readOne(records.slice(starts[id], records.limit() - starts[id]), strings);
            } catch (IndexFileException e) {
                // The checksum was right when the file was opened: only a file changed under the mapping gets here.
                throw new IllegalStateException("index des formations abîmé pendant sa lecture : " + e.getMessage(), e);
            }
            decoded[id] = offer;
        }
        return offer;
    }

    @Override
    public int size() {
        return starts.length;
    }

    /** Encodes one session as {@link #write} does (a streaming build encodes them as they are read). */
    static void writeOne(TrainingOffer offer, java.io.DataOutputStream out, StringPool pool) throws java.io.IOException {
        CODEC.writeOne(offer, out, pool);
    }

    /** Writes every session, then where each starts. */
    static void write(TrainingIndex.Offers offers, java.io.DataOutputStream out, StringPool pool) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        java.io.DataOutputStream records = new java.io.DataOutputStream(bytes);
        int[] starts = new int[offers.size()];
        for (int id = 0; id < starts.length; id++) {
            starts[id] = records.size();
            CODEC.writeOne(offers.get(id), records, pool);
        }
        records.flush();
        Sections.writeInts(out, starts, starts.length);
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    /** Reads what {@link #write} wrote, without decoding any session. */
    static LazyOffers read(ByteBuffer in, StringTable strings) throws IndexFileException {
        int[] starts = Sections.readInts(in);
        int length = Sections.count(in, 1);
        ByteBuffer records = in.slice(in.position(), length);
        in.position(in.position() + length);
        for (int start : starts) {
            if (start < 0 || start >= length) {
                throw new IndexFileException("début de formation hors limites dans l'index : " + start);
            }
        }
        return new LazyOffers(records, starts, strings);
    }
}
