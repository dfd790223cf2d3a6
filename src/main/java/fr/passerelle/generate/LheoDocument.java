package fr.passerelle.generate;

import fr.passerelle.generate.FormacodeMatcher.Formacode;
import fr.passerelle.generate.Training.Action;
import fr.passerelle.generate.Training.Funder;
import fr.passerelle.generate.Training.Organisation;
import fr.passerelle.generate.Training.Place;
import fr.passerelle.generate.Training.Session;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * One LHEO 2.3 document ({@code <lheo><offres>...</offres></lheo>}) written as a stream: each {@link Training} goes
 * out as soon as it is drawn. Elements follow the order of the XSD sequences (lheo-2.3.xsd); one element per line,
 * without indentation, as the ONISEP export does.
 */
final class LheoDocument implements AutoCloseable {
    static final String NAMESPACE = "http://lheo.gouv.fr/2.3";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final Writer out;
    private final XMLStreamWriter xml;
    private final String source;
    private final long seed;

    LheoDocument(Path file, String source, long seed) throws IOException {
        this.out = new Utf8FileWriter(file);
        this.source = source;
        this.seed = seed;
        try {
            xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            newline();
            xml.writeComment(" DONNÉES SYNTHÉTIQUES : " + source + ". Organismes, SIRET, sessions et prix sont fictifs. ");
            newline();
            xml.writeStartElement("lheo");
            xml.writeDefaultNamespace(NAMESPACE);
            newline();
            start("offres");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    void write(Training t) throws IOException {
        try {
            xml.writeStartElement("formation");
            xml.writeAttribute("numero", t.numero());
            newline();
            start("domaine-formation");
            for (Formacode f : t.formacodes()) {
                xml.writeStartElement("code-FORMACODE");
                xml.writeAttribute("ref", f.edition());
                xml.writeCharacters(f.code());
                end();
            }
            if (!t.formacodes().isEmpty() && !t.formacodes().get(0).nsf().isEmpty()) {
                leaf("code-NSF", t.formacodes().get(0).nsf());
            }
            leaf("code-ROME", t.rome().code());
            end();
            leaf("intitule-formation", t.title());
            leaf("objectif-formation", t.objective());
            leaf("resultats-attendus", t.results());
            leaf("contenu-formation", t.content());
            leaf("certifiante", t.certifying() ? "1" : "0");
            start("contact-formation");
            start("coordonnees");
            leaf("nom", "Service formation");
            telephone(t.organisation().phone());
            leaf("courriel", t.organisation().email());
            end();
            end();
            leaf("parcours-de-formation", Integer.toString(t.parcours()));
            leaf("code-niveau-entree", t.entryLevel());
            leaf("objectif-general-formation", t.generalObjective());
            if (t.rncp() != null) {
                start("certification");
                leaf("code-RNCP", t.rncp());
                end();
            }
            leaf("code-niveau-sortie", t.exitLevel());
            for (Action a : t.actions()) {
                action(a);
            }
            organisation(t.organisation());
            end();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void action(Action a) throws XMLStreamException {
        xml.writeStartElement("action");
        xml.writeAttribute("numero", a.numero());
        newline();
        leaf("rythme-formation", a.rhythm());
        for (String code : a.publics()) {
            xml.writeStartElement("code-public-vise");
            xml.writeAttribute("ref", "V8");
            xml.writeCharacters(code);
            end();
        }
        leaf("niveau-entree-obligatoire", a.entryLevelRequired() ? "1" : "0");
        leaf("modalites-alternance", a.alternance());
        leaf("modalites-enseignement", Integer.toString(a.teachingMode()));
        leaf("conditions-specifiques", a.conditions());
        leaf("prise-en-charge-frais-possible", a.fundingPossible() ? "1" : "0");
        start("lieu-de-formation");
        start("coordonnees");
        address(a.place(), true);
        end();
        end();
        leaf("modalites-entrees-sorties", Integer.toString(a.entriesExits()));
        for (Session s : a.sessions()) {
            xml.writeStartElement("session");
            xml.writeAttribute("numero", s.numero());
            newline();
            start("periode");
            leaf("debut", s.start());
            leaf("fin", s.end());
            end();
            start("adresse-inscription");
            address(a.place(), false);
            end();
            leaf("etat-recrutement", Integer.toString(s.recruitment()));
            end();
        }
        if (a.priceCents() >= 0) {
            leaf("prix-total-TTC", Fmt.euros(a.priceCents()));
        }
        leaf("duree-indicative", a.duration());
        leaf("nombre-heures-centre", Integer.toString(a.hoursCentre()));
        leaf("nombre-heures-entreprise", Integer.toString(a.hoursCompany()));
        leaf("nombre-heures-total", Integer.toString(a.hoursTotal()));
        for (Funder f : a.funders()) {
            start("organisme-financeur");
            leaf("code-financeur", Integer.toString(f.code()));
            if (f.places() > 0) {
                leaf("nb-places-financees", Integer.toString(f.places()));
            }
            end();
        }
        end();
    }

    private void organisation(Organisation o) throws XMLStreamException {
        xml.writeStartElement("organisme-formation-responsable");
        xml.writeAttribute("numero", o.numero());
        newline();
        leaf("numero-activite", o.activityNumber());
        start("SIRET-organisme-formation");
        leaf("SIRET", o.siret());
        end();
        leaf("nom-organisme", o.name());
        leaf("raison-sociale", o.name());
        start("coordonnees-organisme");
        start("coordonnees");
        address(o.place(), true);
        telephone(o.phone());
        leaf("courriel", o.email());
        end();
        end();
        start("contact-organisme");
        start("coordonnees");
        leaf("nom", "Accueil");
        telephone(o.phone());
        leaf("courriel", o.email());
        end();
        end();
        end();
    }

    private void address(Place p, boolean withGeo) throws XMLStreamException {
        start("adresse");
        leaf("ligne", p.line());
        leaf("codepostal", p.postalCode());
        leaf("ville", p.commune().name());
        leaf("departement", p.commune().departement());
        leaf("code-INSEE-commune", p.commune().insee());
        leaf("region", p.commune().region());
        leaf("pays", "FR");
        if (withGeo) {
            start("geolocalisation");
            leaf("latitude", Fmt.decimal6(p.latitude()));
            leaf("longitude", Fmt.decimal6(p.longitude()));
            end();
        }
        end();
    }

    private void telephone(String number) throws XMLStreamException {
        start("telfixe");
        leaf("numtel", number);
        end();
    }

    private void start(String name) throws XMLStreamException {
        xml.writeStartElement(name);
        newline();
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
        newline();
    }

    private void leaf(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
        newline();
    }

    private void newline() throws XMLStreamException {
        xml.writeCharacters("\n");
    }

    /** Closes {@code <offres>} with an extras block saying where the data comes from, then the document. */
    @Override
    public void close() throws IOException {
        try {
            xml.writeStartElement("extras");
            xml.writeAttribute("info", "generation");
            newline();
            extra("source", source);
            extra("synthetique", "1");
            extra("graine", Long.toString(seed));
            end();
            end();   // offres
            end();   // lheo
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            out.close();
        }
    }

    private void extra(String info, String value) throws XMLStreamException {
        xml.writeStartElement("extra");
        xml.writeAttribute("info", info);
        xml.writeCharacters(value);
        end();
    }
}
