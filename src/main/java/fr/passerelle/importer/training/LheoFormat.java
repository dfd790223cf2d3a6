package fr.passerelle.importer.training;

import fr.passerelle.importer.ImportWords;
import fr.passerelle.importer.NonCsvFormat;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ProgressInputStream;
import fr.passerelle.importer.ReadContext;
import fr.passerelle.importer.VersionRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A training catalogue in LHEO XML, 2.2 ({@code http://www.lheo.org/2.2}) or 2.3 ({@code http://lheo.gouv.fr/2.3}),
 * or without namespace: full documents ({@code <lheo>}) or Intercarif summaries ({@code <lheo-index>}). Such files
 * have no official name: they are recognised by their root element. Each file is its own dataset (scope = its name
 * without dates), so a regional catalogue replaces only itself.
 */
final class LheoFormat extends NonCsvFormat {
    private final String root;

    private LheoFormat(String kind, String label, int order, String root) {
        super(kind, label, order);
        this.root = root;
    }

    static LheoFormat offers() {
        return new LheoFormat("trainings.lheo", "Offre de formation (LHEO)", 80, "lheo");
    }

    static LheoFormat index() {
        return new LheoFormat("trainings.lheo_index", "Offre de formation, résumés (LHEO lheo-index)", 81, "lheo-index");
    }


    /** An .xml file whose root element is this format's, in an LHEO namespace or none. Reads up to the root tag. */
    @Override
    public boolean matchesContent(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml")) {
            return false;
        }
        // Decoded by XmlSource: a file that is not in the encoding it declares is still recognised here, then refused
        // by read() with the line of its first bad bytes.
        try (XmlSource in = XmlSource.open(Files.newInputStream(file))) {
            XMLStreamReader reader = XmlCursor.secureFactory().createXMLStreamReader(in);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                        return root.equals(reader.getLocalName()) && XmlCursor.isLheoNamespace(reader.getNamespaceURI());
                    }
                }
                return false;
            } finally {
                reader.close();
            }
        } catch (IOException | XMLStreamException e) {
            return false;
        }
    }

    @Override
    public String scope(Path file) {
        return VersionRules.scopeFromFileName(file);
    }

    @Override
    public String version(Path file) {
        return VersionRules.fromFileName(file);
    }

    @Override
    public void read(Path file, ReadContext context) throws ImportException {
        String name = file.getFileName().toString();
        try (ProgressInputStream in = ProgressInputStream.open(file);
             XmlCursor x = XmlCursor.open(in, name)) {
            String found = x.root();
            if (!found.equals(root) || !XmlCursor.isLheoNamespace(x.namespace())) {
                throw new ImportException(name, x.line(), ImportWords.say("import.element", found, ImportWords.say("import.lheo.root",
                        root, XmlCursor.LHEO_22, XmlCursor.LHEO_23, x.namespace())));
            }
            Emitter out = new Emitter(context, name);
            Runnable progress = () -> context.progress(in.position(), in.size());
            if (root.equals("lheo")) {
                new LheoOffersReader(x, out, progress).read();
            } else {
                new LheoIndexReader(x, out, progress).read();
            }
            context.progress(in.size(), in.size());
        } catch (IOException e) {
            throw new ImportException(name, 0, ImportWords.say("import.read", e.getMessage()));
        }
    }
}
