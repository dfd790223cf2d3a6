package fr.passerelle.engine.index.persist;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.domain.market.OfferCount;
import fr.passerelle.domain.market.RomeConnexe;
import fr.passerelle.domain.market.RomeFap;
import fr.passerelle.domain.market.TensionIndicator;
import fr.passerelle.domain.rome.Appellation;
import fr.passerelle.domain.rome.CoherenceItem;
import fr.passerelle.domain.rome.MobilityLink;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.rome.RomeItem;
import fr.passerelle.domain.rome.RomeText;
import fr.passerelle.domain.territory.Commune;
import fr.passerelle.domain.territory.CommuneEmploymentArea;
import fr.passerelle.domain.territory.CommunePostalCode;
import fr.passerelle.domain.territory.Departement;
import fr.passerelle.domain.territory.EmploymentArea;
import fr.passerelle.domain.territory.Region;
import fr.passerelle.core.ProgressListener;
import fr.passerelle.engine.data.PathDataSource;
import fr.passerelle.engine.index.BmoIndex;
import fr.passerelle.engine.index.CompanyIndex;
import fr.passerelle.engine.index.Coverage;
import fr.passerelle.engine.index.MarketIndex;
import fr.passerelle.engine.index.ReferentialIndex;
import fr.passerelle.engine.index.TerritoryIndex;
import fr.passerelle.engine.index.PathIndex;
import fr.passerelle.engine.index.PathSources;
import fr.passerelle.engine.index.TrainingIndex;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The path index of one cache generation on disk ({@link IndexFile} with kind 1). The payload holds what the index
 * is built from ({@link PathSources}, record by record) and the company columns as the index holds them; loading
 * reads them back and builds the index with the same code as a fresh build.
 *
 * <pre>
 * payload: the datasets, then the small sources in the order of {@link #SECTIONS} in three groups each preceded
 *          by its length (ROME, places, labour market: read on two threads); the training sessions (where each starts, then
 *          each record: decoded on demand); per ROME code the sessions' numbers sorted by latitude with their
 *          coordinates, and the distance-learning ones; the coverage counts per département; the companies; the
 *          shared string table; the offset of that table (8 bytes, read first).
 * companies: size, SIRET column, name column (table layout), NAF / commune / headcount string numbers (int arrays),
 *          latitudes, longitudes (double arrays), then per ROME code: its string number, company numbers, latitudes,
 *          scores (bytes), "estimated" bits (longs).
 * </pre>
 */
public final class PathIndexFile {
    /** Bump when the layout written here changes in a way the fingerprint of the records does not see. */
    static final int VERSION = 1;
    static final int KIND = 1;
    public static final String FILE_NAME = "path-index.bin";

    static final RecordCodec<DatasetInfo> DATASETS = RecordCodec.of(DatasetInfo.class);
    static final RecordCodec<Occupation> OCCUPATIONS = RecordCodec.of(Occupation.class);
    static final RecordCodec<MobilityLink> LINKS = RecordCodec.of(MobilityLink.class);
    static final RecordCodec<RomeItem> ITEMS = RecordCodec.of(RomeItem.class);
    static final RecordCodec<CoherenceItem> COHERENCE = RecordCodec.of(CoherenceItem.class);
    static final RecordCodec<RomeText> TEXTS = RecordCodec.of(RomeText.class);
    static final RecordCodec<Appellation> APPELLATIONS = RecordCodec.of(Appellation.class);
    static final RecordCodec<Region> REGIONS = RecordCodec.of(Region.class);
    static final RecordCodec<Departement> DEPARTEMENTS = RecordCodec.of(Departement.class);
    static final RecordCodec<Commune> COMMUNES = RecordCodec.of(Commune.class);
    static final RecordCodec<CommunePostalCode> POSTAL = RecordCodec.of(CommunePostalCode.class);
    static final RecordCodec<EmploymentArea> AREAS = RecordCodec.of(EmploymentArea.class);
    static final RecordCodec<CommuneEmploymentArea> AREA_LINKS = RecordCodec.of(CommuneEmploymentArea.class);
    static final RecordCodec<TensionIndicator> TENSION = RecordCodec.of(TensionIndicator.class);
    static final RecordCodec<OfferCount> OFFERS = RecordCodec.of(OfferCount.class);
    static final RecordCodec<BmoDifficulty> BMO = RecordCodec.of(BmoDifficulty.class);
    static final RecordCodec<RomeConnexe> CONNEXE = RecordCodec.of(RomeConnexe.class);
    static final RecordCodec<BmoProject> BMO_PROJECTS = RecordCodec.of(BmoProject.class);
    static final RecordCodec<RomeFap> ROME_FAP = RecordCodec.of(RomeFap.class);
    static final RecordCodec<?>[] SECTIONS = {DATASETS, OCCUPATIONS, LINKS, ITEMS, COHERENCE, TEXTS, APPELLATIONS,
        REGIONS, DEPARTEMENTS, COMMUNES, POSTAL, AREAS, AREA_LINKS, TENSION, OFFERS, BMO, CONNEXE, BMO_PROJECTS, ROME_FAP};

    /** Kind, version and the fingerprint of every record shape written. */
    public static final IndexFile.Layout LAYOUT = new IndexFile.Layout(KIND, VERSION, fingerprint());

    private PathIndexFile() {
    }

    /** Where the path index of a generation lives: in the generation's own folder, removed with it. */
    public static Path in(Path generationFolder) {
        return generationFolder.resolve(FILE_NAME);
    }

    /** Writes the index built from {@code s} (its small sources, sessions, companies, coverage), atomically. */
    public static long write(Path file, String generation, PathSources s, PathIndex index) throws IOException {
        return IndexFile.write(file, LAYOUT, generation, raw -> {
            StringPool pool = new StringPool();
            DataOutputStream out = new DataOutputStream(raw); // counts the bytes: the string table's offset
            DATASETS.write(s.datasets(), out, pool);
            group(out, g -> {
                OCCUPATIONS.write(s.occupations(), g, pool);
                LINKS.write(s.mobilityLinks(), g, pool);
                ITEMS.write(s.items(), g, pool);
                COHERENCE.write(s.coherenceItems(), g, pool);
                TEXTS.write(s.accessTexts(), g, pool);
                APPELLATIONS.write(s.appellations(), g, pool);
            });
            group(out, g -> {
                REGIONS.write(s.regions(), g, pool);
                DEPARTEMENTS.write(s.departements(), g, pool);
                COMMUNES.write(s.communes(), g, pool);
                POSTAL.write(s.postalCodes(), g, pool);
                AREAS.write(s.employmentAreas(), g, pool);
                AREA_LINKS.write(s.communeEmploymentAreas(), g, pool);
            });
            group(out, g -> {
                TENSION.write(s.tension(), g, pool);
                OFFERS.write(s.offers(), g, pool);
                BMO.write(s.bmoDifficulty(), g, pool);
                CONNEXE.write(s.connexe(), g, pool);
                BMO_PROJECTS.write(s.bmoProjects(), g, pool);
                ROME_FAP.write(s.romeFap(), g, pool);
            });
            LazyOffers.write(index.trainings().offers(), out, pool);
            TrainingBuckets.write(index.trainings().buckets(), out, pool);
            CoverageCounts.write(index.coverage(), out, pool);
            CompanyColumns.write(index.companies().columns(), out, pool);
            out.flush();
            long tableAt = out.size();
            pool.writeTo(out);
            out.writeLong(tableAt);
            out.flush();
        });
    }

    /** Bytes per block of the sections a streaming build holds before writing them ({@link ChunkedBytes}). */
    public static final int CHUNK = 1 << 20;

    /**
     * Writes the path index of {@code source} to {@code file} atomically, streaming it from the source without
     * building the index first (a national build within a 1 GB heap: {@link PathIndexBuild}); the same bytes as
     * {@link #write} for the same data. A cancelled or failed build leaves no file.
     */
    public static long build(Path file, String generation, PathDataSource source, ProgressListener progress) throws IOException {
        return build(file, generation, source, progress, CHUNK);
    }

    /** Same, holding sections in blocks of {@code chunk} bytes (tests use tiny blocks). */
    public static long build(Path file, String generation, PathDataSource source, ProgressListener progress, int chunk)
            throws IOException {
        return IndexFile.write(file, LAYOUT, generation, out -> PathIndexBuild.write(out, source, progress, chunk));
    }

    /**
     * Same, but leaves the complete file under a temporary name beside {@code file} and returns that name, for the
     * caller to publish it ({@link IndexFile#publish}) under the cache's writer lock, or to read and delete it when it
     * may not. A cancelled or failed build leaves no file.
     */
    public static Path buildBeside(Path file, String generation, PathDataSource source, ProgressListener progress)
            throws IOException {
        return IndexFile.writeTemp(file, LAYOUT, generation, out -> PathIndexBuild.write(out, source, progress, CHUNK));
    }

    /**
     * Reads the path index of {@code generation} from {@code file}; refuses (without building anything) a file that
     * is missing, truncated, damaged, of another generation or another layout.
     */
    public static PathIndex read(Path file, String generation) throws IndexFileException {
        ByteBuffer payload = IndexFile.read(file, LAYOUT, generation);
        if (payload.remaining() < 8) {
            throw new IndexFileException("index tronqué : " + file);
        }
        long tableAt = payload.getLong(payload.limit() - 8);
        if (tableAt < 0 || tableAt > payload.limit() - 8) {
            throw new IndexFileException("index incohérent (table des textes) : " + file);
        }
        ByteBuffer tableBuffer = payload.slice((int) tableAt, payload.limit() - 8 - (int) tableAt);
        StringTable strings = StringTable.read(tableBuffer);
        ByteBuffer in = payload.slice(0, (int) tableAt);
        try {
            List<DatasetInfo> datasets = DATASETS.read(in, strings);
            ByteBuffer rome = group(in);
            ByteBuffer places = group(in);
            ByteBuffer market = group(in);
            // The ROME graph, and the places with the labour market, are decoded and indexed on two threads while
            // this one reads the sessions and companies (most of the load time of a national index is in the first two).
            CompletableFuture<ReferentialIndex> referential = onThread("rome", () -> new ReferentialIndex(
                    OCCUPATIONS.read(rome, strings), LINKS.read(rome, strings), ITEMS.read(rome, strings),
                    COHERENCE.read(rome, strings), TEXTS.read(rome, strings), APPELLATIONS.read(rome, strings)));
            CompletableFuture<MarketIndex> markets = onThread("territoire", () -> {
                TerritoryIndex territory = new TerritoryIndex(REGIONS.read(places, strings),
                        DEPARTEMENTS.read(places, strings), COMMUNES.read(places, strings), POSTAL.read(places, strings),
                        AREAS.read(places, strings), AREA_LINKS.read(places, strings));
                return new MarketIndex(TENSION.read(market, strings), OFFERS.read(market, strings),
                        BMO.read(market, strings), CONNEXE.read(market, strings),
                        new BmoIndex(BMO_PROJECTS.read(market, strings), ROME_FAP.read(market, strings)), territory);
            });
            LazyOffers offers = LazyOffers.read(in, strings);
            TrainingIndex trainings = TrainingIndex.of(offers, TrainingBuckets.read(in, strings, offers.size()));
            Coverage coverage = CoverageCounts.read(in, strings);
            CompanyIndex companies = CompanyIndex.of(CompanyColumns.read(in, strings));
            ReferentialIndex referentialIndex = join(referential, file);
            MarketIndex marketIndex = join(markets, file);
            if (in.hasRemaining() || rome.hasRemaining() || places.hasRemaining() || market.hasRemaining()) {
                throw new IndexFileException("index incohérent (octets en trop) : " + file);
            }
            return new PathIndex(referentialIndex, marketIndex.territory(), marketIndex, trainings, companies, coverage,
                    datasets);
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IndexFileException("index tronqué : " + file, e);
        }
    }

    /** Part of a load, run on a thread of its own. */
    @FunctionalInterface
    private interface Part<T> {
        T read() throws IndexFileException;
    }

    private static <T> CompletableFuture<T> onThread(String name, Part<T> part) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(part.read());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "passerelle-index-" + name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static <T> T join(CompletableFuture<T> part, Path file) throws IndexFileException {
        try {
            return part.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IndexFileException bad) {
                throw bad;
            }
            throw new IndexFileException("index tronqué ou illisible : " + file + " (" + cause + ")", cause);
        }
    }

    /** A group of sections written with its length first, so that a reader can hand it to another thread. */
    @FunctionalInterface
    interface GroupWriter {
        void write(DataOutputStream group) throws IOException;
    }

    static void group(DataOutputStream out, GroupWriter writer) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        DataOutputStream group = new DataOutputStream(bytes);
        writer.write(group);
        group.flush();
        out.writeInt(bytes.size());
        bytes.writeTo(out);
    }

    private static ByteBuffer group(ByteBuffer in) throws IndexFileException {
        int length = Sections.count(in, 1);
        ByteBuffer group = in.slice(in.position(), length);
        in.position(in.position() + length);
        return group;
    }

    private static long fingerprint() {
        StringBuilder shape = new StringBuilder("path/").append(VERSION);
        for (RecordCodec<?> codec : SECTIONS) {
            shape.append(codec.shape());
        }
        shape.append(LazyOffers.shape()).append(TrainingBuckets.SHAPE).append(CoverageCounts.SHAPE).append(CompanyColumns.SHAPE);
        return Fingerprint.of(shape.toString());
    }
}
