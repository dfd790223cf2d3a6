package fr.passerelle.engine.index.persist;

import fr.passerelle.engine.index.CompanyIndex;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * The company index's columns in a payload (layout in {@link PathIndexFile}). On load the numbers go into arrays
 * (bulk copies) and the texts stay in the mapped file, decoded only for the few companies a path shows.
 */
final class CompanyColumns {
    static final String SHAPE = "companies(size,siret*,name*,naf#,commune#,headcount#,lat[],lon[],{code#:ids[],lat[],scores[],estimated[]})";

    private CompanyColumns() {
    }

    static void write(CompanyIndex.Columns c, DataOutputStream out, StringPool pool) throws IOException {
        int n = c.size();
        out.writeInt(n);
        StringPool.writeColumn(out, c.sirets()::get, n);
        StringPool.writeColumn(out, c.names()::get, n);
        for (CompanyIndex.Strings column : new CompanyIndex.Strings[] {c.nafCodes(), c.communes(), c.headcounts()}) {
            int[] ids = new int[n];
            for (int i = 0; i < n; i++) {
                ids[i] = pool.id(column.get(i));
            }
            Sections.writeInts(out, ids, n);
        }
        Sections.writeDoubles(out, c.latitudes(), n);
        Sections.writeDoubles(out, c.longitudes(), n);
        out.writeInt(c.byRome().size());
        for (Map.Entry<String, CompanyIndex.BucketColumns> e : c.byRome().entrySet()) {
            out.writeInt(pool.id(e.getKey()));
            writeBucket(out, e.getValue());
        }
    }

    /** One ROME code's entries: company numbers, latitudes, scores, then the estimated flags. */
    static void writeBucket(DataOutputStream out, CompanyIndex.BucketColumns b) throws IOException {
        Sections.writeInts(out, b.ids(), b.ids().length);
        Sections.writeDoubles(out, b.latitudes(), b.latitudes().length);
        Sections.writeBytes(out, b.scores(), b.scores().length);
        Sections.writeLongs(out, b.estimated());
    }

    static CompanyIndex.Columns read(ByteBuffer in, StringTable strings) throws IndexFileException {
        int n = in.getInt();
        StringTable sirets = StringTable.read(in);
        StringTable names = StringTable.read(in);
        int[] naf = Sections.readInts(in);
        int[] communes = Sections.readInts(in);
        int[] headcounts = Sections.readInts(in);
        double[] latitudes = Sections.readDoubles(in);
        double[] longitudes = Sections.readDoubles(in);
        if (n < 0 || sirets.size() != n || names.size() != n || naf.length != n || communes.length != n
                || headcounts.length != n || latitudes.length != n || longitudes.length != n) {
            throw new IndexFileException("colonnes d'entreprises de longueurs différentes dans l'index");
        }
        int buckets = Sections.count(in, 4);
        Map<String, CompanyIndex.BucketColumns> byRome = new HashMap<>(buckets * 2);
        for (int k = 0; k < buckets; k++) {
            String code = strings.get(in.getInt());
            int[] ids = Sections.readInts(in);
            double[] lat = Sections.readDoubles(in);
            byte[] scores = Sections.readBytes(in);
            long[] estimated = Sections.readLongs(in);
            if (code == null || lat.length != ids.length || scores.length != ids.length) {
                throw new IndexFileException("entrées d'entreprises incohérentes dans l'index");
            }
            for (int id : ids) {
                if (id < 0 || id >= n) {
                    throw new IndexFileException("numéro d'entreprise hors limites dans l'index : " + id);
                }
            }
            byRome.put(code, new CompanyIndex.BucketColumns(ids, lat, scores, estimated));
        }
        return new CompanyIndex.Columns(n, sirets::get, names::get, i -> strings.get(naf[i]), i -> strings.get(communes[i]),
                i -> strings.get(headcounts[i]), latitudes, longitudes, byRome);
    }
}
