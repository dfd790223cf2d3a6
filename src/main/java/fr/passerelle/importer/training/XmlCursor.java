package fr.passerelle.importer.training;

import fr.passerelle.engine.words.Message;
import fr.passerelle.importer.ImportException;
import fr.passerelle.importer.ImportWords;
import java.io.InputStream;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A thin cursor over a StAX reader for element-by-element descent: {@link #nextChild()} walks the children of the
 * current element, and every handler leaves the cursor on the end tag of the element it read, so the document is
 * streamed and never held whole. Elements of a foreign namespace are skipped. Errors say {@code file:line: element:
 * what is wrong}, with the line of the StAX location.
 *
 * <p>Secure by construction: no DTD is processed and no external entity is ever resolved; a document with a
 * DOCTYPE is refused.
 */
final class XmlCursor implements AutoCloseable {
    static final String LHEO_22 = "http://www.lheo.org/2.2";
    static final String LHEO_23 = "http://lheo.gouv.fr/2.3";
    private static final Set<String> LHEO_NAMESPACES = Set.of(LHEO_22, LHEO_23, "");

    private final XMLStreamReader reader;
    private final XmlSource source;
    private final String file;
    private String namespace = "";

    private XmlCursor(XMLStreamReader reader, XmlSource source, String file) {
        this.reader = reader;
        this.source = source;
        this.file = file;
    }

    static XmlCursor open(InputStream in, String file) throws ImportException {
        XmlSource source;
        try {
            source = XmlSource.open(in);
        } catch (XmlSource.UnsupportedEncodingDeclared e) {
            throw new ImportException(file, 1, e.said());
        } catch (java.io.IOException e) {
            throw new ImportException(file, 1, ImportWords.of(e));
        }
        try {
            return new XmlCursor(secureFactory().createXMLStreamReader(source), source, file);
        } catch (XMLStreamException e) {
            throw malformed(file, e, source);
        }
    }

    /** The JDK's own StAX implementation, whatever else is on the class path, with DTDs and external entities off. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("entité externe refusée : " + systemId);
        });
        return factory;
    }

    /** True for the namespaces of LHEO 2.2 and 2.3, and for no namespace (some consumers strip it). */
    static boolean isLheoNamespace(String uri) {
        return LHEO_NAMESPACES.contains(uri == null ? "" : uri);
    }

    /** Moves to the root element and returns its local name; its namespace becomes the document's. */
    String root() throws ImportException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                namespace = uri();
                return reader.getLocalName();
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new ImportException(file, line(), ImportWords.say("import.xml.empty"));
            }
        }
    }

    /** The root's namespace ("" when none). */
    String namespace() {
        return namespace;
    }

    /**
     * Moves to the next child element of the current element and returns true, or to the current element's end
     * tag and returns false. Text between elements and elements of other namespaces are passed over.
     */
    boolean nextChild() throws ImportException {
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    if (!uri().equals(namespace)) {
                        skip();
                        continue;
                    }
                    return true;
                case XMLStreamConstants.END_ELEMENT:
                    return false;
                case XMLStreamConstants.END_DOCUMENT:
                    throw new ImportException(file, line(), ImportWords.say("import.xml.end"));
                default:
                    // text, comments, processing instructions between elements
            }
        }
    }

    /** The local name of the current element. */
    String name() {
        return reader.getLocalName();
    }

    boolean is(String localName) {
        return localName.equals(reader.getLocalName());
    }

    String attribute(String name) {
        String value = reader.getAttributeValue(null, name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    long line() {
        return reader.getLocation().getLineNumber();
    }

    /** The text of the current element, trimmed; null when empty. The element must hold text only. */
    String text() throws ImportException {
        String element = reader.getLocalName();
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    String value = text.toString().trim();
                    return value.isEmpty() ? null : value;
                }
                case XMLStreamConstants.START_ELEMENT -> throw new ImportException(file, line(),
                        ImportWords.say("import.element", element, ImportWords.say("import.xml.textExpected", reader.getLocalName())));
                default -> {
                    // comments and processing instructions inside text
                }
            }
        }
    }

    /** The text of the current element and its descendants (free-form extras); null when empty. */
    String deepText() throws ImportException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            }
        }
        String value = text.toString().trim();
        return value.isEmpty() ? null : value;
    }

    /** Passes over the current element and everything in it. */
    void skip() throws ImportException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** {@code file:line: element: problem} at the current position. */
    ImportException error(Message problem) {
        return new ImportException(file, line(), ImportWords.say("import.element", reader.getLocalName(), problem));
    }

    ImportException error(long line, String element, Message problem) {
        return new ImportException(file, line, ImportWords.say("import.element", element, problem));
    }

    private int next() throws ImportException {
        try {
            int event = reader.next();
            checkEncoding(source, file);
            if (event == XMLStreamConstants.DTD) {
                throw new ImportException(file, line(), ImportWords.say("import.xml.doctype"));
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportException(file, line(), ImportWords.say("import.xml.entity", reader.getLocalName()));
            }
            return event;
        } catch (XMLStreamException e) {
            throw malformed(file, e, source);
        }
    }

    /** Bytes that are not in the document's encoding, as soon as the decoder met them. */
    static void checkEncoding(XmlSource source, String file) throws ImportException {
        if (source.malformedLine() > 0) {
            String charset = source.charset().name();
            throw new ImportException(file, source.malformedLine(), ImportWords.say("import.xml.encoding", charset));
        }
    }

    private String uri() {
        String uri = reader.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    private static ImportException malformed(String file, XMLStreamException e, XmlSource source) {
        try {
            checkEncoding(source, file);
        } catch (ImportException encoding) {
            return encoding;
        }
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        int cut = message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        return new ImportException(file, Math.max(line, 0), ImportWords.say("import.xml.malformed", message.strip()));
    }

    @Override
    public void close() throws ImportException {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            throw malformed(file, e, source);
        }
    }
}
