package fr.passerelle.search;

import fr.passerelle.domain.RomeCode;
import fr.passerelle.engine.index.persist.IndexFile;
import fr.passerelle.engine.index.persist.IndexFileException;
import fr.passerelle.engine.index.persist.Sections;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The job-title index of one cache generation on disk ({@link IndexFile} kind 2), in the generation's folder beside
 * the path index. It holds the titles, their analysed forms, and Lucene's own files (a few megabytes, copied back
 * into memory on load): one file with one header and one checksum rather than a Lucene folder, so that it is
 * replaced atomically and checked like the path index. Loading analyses and indexes nothing.
 *
 * <pre>
 * payload: titles (count; per title: OGR, label, ROME code, ROME label, fiche flag, principal flag, folded label,
 *          forms: count, then per form its words), titleOfDoc (ints), Lucene files (count; per file: name, bytes).
 * </pre>
 */
public final class JobSearchFile {
    public static final String FILE_NAME = "jobs-index.bin";
    /** Bump with any change of the layout above or of what {@link JobSearch#build} puts in Lucene. */
    static final IndexFile.Layout LAYOUT = new IndexFile.Layout(2, 1, 0x4A4F425331L);

    private JobSearchFile() {
    }

    public static Path in(Path generationFolder) {
        return generationFolder.resolve(FILE_NAME);
    }

    public static long write(Path file, String generation, JobSearch search) throws IOException {
        JobSearch.Parts parts = search.parts();
        return IndexFile.write(file, LAYOUT, generation, out -> {
            out.writeInt(parts.titles().size());
            for (int i = 0; i < parts.titles().size(); i++) {
                JobTitle t = parts.titles().get(i);
                Sections.writeString(out, t.ogr());
                Sections.writeString(out, t.label());
                Sections.writeString(out, t.romeCode().value());
                Sections.writeString(out, t.romeLabel());
                out.writeBoolean(t.occupationLabel());
                out.writeBoolean(parts.principal()[i]);
                Sections.writeString(out, parts.folded()[i]);
                out.writeInt(parts.forms()[i].length);
                for (String[] form : parts.forms()[i]) {
                    out.writeInt(form.length);
                    for (String word : form) {
                        Sections.writeString(out, word);
                    }
                }
            }
            Sections.writeInts(out, parts.titleOfDoc(), parts.titleOfDoc().length);
            writeDirectory(parts.directory(), out);
        });
    }

    public static JobSearch read(Path file, String generation) throws IndexFileException {
        ByteBuffer in = IndexFile.read(file, LAYOUT, generation);
        try {
            int n = Sections.count(in, 8);
            List<JobTitle> titles = new ArrayList<>(n);
            String[][][] forms = new String[n][][];
            String[] folded = new String[n];
            boolean[] principal = new boolean[n];
            for (int i = 0; i < n; i++) {
                String ogr = Sections.readString(in);
                String label = Sections.readString(in);
                RomeCode code = new RomeCode(Sections.readString(in));
                String romeLabel = Sections.readString(in);
                boolean fiche = in.get() != 0;
                titles.add(new JobTitle(ogr, label, code, romeLabel, fiche));
                principal[i] = in.get() != 0;
                folded[i] = Sections.readString(in);
                forms[i] = new String[Sections.count(in, 4)][];
                for (int f = 0; f < forms[i].length; f++) {
                    forms[i][f] = new String[Sections.count(in, 4)];
                    for (int w = 0; w < forms[i][f].length; w++) {
                        forms[i][f][w] = Sections.readString(in);
                    }
                }
            }
            int[] titleOfDoc = Sections.readInts(in);
            for (int t : titleOfDoc) {
                if (t < 0 || t >= n) {
                    throw new IndexFileException("numéro d'intitulé hors limites dans l'index : " + t);
                }
            }
            ByteBuffersDirectory directory = readDirectory(in);
            if (in.hasRemaining()) {
                throw new IndexFileException("index des intitulés incohérent (octets en trop) : " + file);
            }
            return JobSearch.of(new JobSearch.Parts(List.copyOf(titles), forms, folded, principal, titleOfDoc, directory));
        } catch (IndexFileException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            throw new IndexFileException("index des intitulés illisible : " + file + " (" + e + ")", e);
        }
    }

    private static void writeDirectory(ByteBuffersDirectory directory, DataOutputStream out) throws IOException {
        String[] names = directory.listAll();
        out.writeInt(names.length);
        for (String name : names) {
            try (IndexInput input = directory.openInput(name, IOContext.READONCE)) {
                byte[] bytes = new byte[Math.toIntExact(input.length())];
                input.readBytes(bytes, 0, bytes.length);
                Sections.writeString(out, name);
                Sections.writeBytes(out, bytes, bytes.length);
            }
        }
    }

    private static ByteBuffersDirectory readDirectory(ByteBuffer in) throws IndexFileException, IOException {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        int files = Sections.count(in, 8);
        for (int i = 0; i < files; i++) {
            String name = Sections.readString(in);
            byte[] bytes = Sections.readBytes(in);
            try (IndexOutput output = directory.createOutput(name, IOContext.DEFAULT)) {
                output.writeBytes(bytes, bytes.length);
            }
        }
        return directory;
    }
}
