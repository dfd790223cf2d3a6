package fr.passerelle.engine.index.persist;

import fr.passerelle.engine.data.HiringCompany;
import fr.passerelle.engine.index.CompanyIndex;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The companies of a streaming build, held as the columns of the file rather than as a {@code CompanyIndex}: SIRETs
 * and names as UTF-8 bytes (a million of each as {@code String}s cost about three times as much), NAF, commune and
 * headcount as numbers into small dictionaries, coordinates and per ROME code the entries as arrays. Writes the
 * companies section byte for byte as {@link CompanyColumns} writes a built index's columns (same company numbers:
 * a new number at each change of SIRET; same order of the shared strings: every NAF code, then every commune, then
 * every headcount, then the ROME codes).
 */
final class StreamedCompanies {
    private final ChunkedBytes sirets;
    private final ChunkedBytes names;
    private int[] siretEnds = new int[1024];
    private int[] nameEnds = new int[1024];
    private final Column naf = new Column();
    private final Column commune = new Column();
    private final Column headcount = new Column();
    private double[] latitudes = new double[1024];
    private double[] longitudes = new double[1024];
    private int size;
    private final Map<String, CompanyIndex.Entries> byRome = new HashMap<>();
    private String previousSiret;

    StreamedCompanies(int chunk) {
        this.sirets = new ChunkedBytes(chunk);
        this.names = new ChunkedBytes(chunk);
    }

    /** One company × ROME row; a company's rows one after the other, as the source promises. */
    void add(HiringCompany row) {
        if (!row.siret().equals(previousSiret)) {
            company(row);
            previousSiret = row.siret();
        }
        byRome.computeIfAbsent(row.romeCode(), k -> new CompanyIndex.Entries()).add(size - 1, row.score(), row.estimated());
    }

    private void company(HiringCompany row) {
        int id = size++;
        if (id == siretEnds.length) {
            int grown = id * 2;
            siretEnds = Arrays.copyOf(siretEnds, grown);
            nameEnds = Arrays.copyOf(nameEnds, grown);
            latitudes = Arrays.copyOf(latitudes, grown);
            longitudes = Arrays.copyOf(longitudes, grown);
        }
        siretEnds[id] = append(sirets, row.siret());
        nameEnds[id] = append(names, row.name());
        naf.add(id, row.nafCode());
        commune.add(id, row.communeInsee());
        headcount.add(id, row.headcount());
        latitudes[id] = row.latitude();
        longitudes[id] = row.longitude();
    }

    private static int append(ChunkedBytes column, String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        column.write(b, 0, b.length);
        if (column.size() > Integer.MAX_VALUE) {
            throw new IllegalStateException("colonne d'entreprises trop grande pour un index : " + column.size() + " octets");
        }
        return (int) column.size();
    }

    int size() {
        return size;
    }

    /** Companies per commune (those with one), for the coverage counts. */
    void countByCommune(BiConsumer<String, Integer> count) {
        int[] counts = new int[commune.values.size()];
        for (int i = 0; i < size; i++) {
            int local = commune.ids[i];
            if (local >= 0) {
                counts[local]++;
            }
        }
        for (int local = 0; local < counts.length; local++) {
            if (counts[local] > 0) {
                count.accept(commune.values.get(local), counts[local]);
            }
        }
    }

    /** The companies section, as {@link CompanyColumns#write} writes it. */
    void write(DataOutputStream out, StringPool pool) throws IOException {
        out.writeInt(size);
        textColumn(out, sirets, siretEnds);
        textColumn(out, names, nameEnds);
        for (Column column : new Column[] {naf, commune, headcount}) {
            int[] ids = new int[size];
            for (int i = 0; i < size; i++) {
                ids[i] = pool.id(column.value(i));
            }
            Sections.writeInts(out, ids, size);
        }
        Sections.writeDoubles(out, latitudes, size);
        Sections.writeDoubles(out, longitudes, size);
        Map<String, CompanyIndex.Entries> sorted = new TreeMap<>(byRome);
        out.writeInt(sorted.size());
        for (Map.Entry<String, CompanyIndex.Entries> e : sorted.entrySet()) {
            out.writeInt(pool.id(e.getKey()));
            CompanyColumns.writeBucket(out, e.getValue().sorted(latitudes));
        }
    }

    /** As {@link StringPool#writeColumn}: the count, the end of each value, then the bytes. */
    private void textColumn(DataOutputStream out, ChunkedBytes bytes, int[] ends) throws IOException {
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeInt(ends[i]);
        }
        bytes.writeTo(out);
    }

    /** A repeated text (NAF, commune, headcount) as a number per company into its distinct values; -1 for null. */
    private final class Column {
        private final Map<String, Integer> numbers = new HashMap<>();
        private final List<String> values = new ArrayList<>();
        private int[] ids = new int[1024];

        void add(int company, String value) {
            if (company == ids.length) {
                ids = Arrays.copyOf(ids, company * 2);
            }
            ids[company] = value == null ? -1 : numbers.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        String value(int company) {
            int local = ids[company];
            return local < 0 ? null : values.get(local);
        }
    }
}
