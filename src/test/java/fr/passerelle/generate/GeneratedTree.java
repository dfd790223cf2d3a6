package fr.passerelle.generate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads back what a generation wrote, for the tests. */
final class GeneratedTree {
    private GeneratedTree() {
    }

    static List<Path> files(Path dir, String glob) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(dir, glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** All records of a CSV file, header first. */
    static List<List<String>> csv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord r : reader) {
                rows.add(r.getFields());
            }
        }
        return rows;
    }

    /** Text of every element named {@code name} in an XML file, in document order. */
    static List<String> texts(Path file, String name) throws IOException {
        List<String> values = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(name)) {
                    values.add(xml.getElementText());
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return values;
    }

    /** Number of elements named {@code name}. */
    static long count(Path file, String name) throws IOException {
        long n = 0;
        XMLInputFactory factory = XMLInputFactory.newFactory();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(name)) {
                    n++;
                }
            }
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return n;
    }

    /** SHA-256 of every file under {@code root}, by relative path. */
    static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(f -> hashes.put(root.relativize(f).toString(), sha256(f)));
        }
        return hashes;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
