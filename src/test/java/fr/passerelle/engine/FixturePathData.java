package fr.passerelle.engine;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.Referential;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.domain.market.RomeFap;
import fr.passerelle.domain.market.OfferCount;
import fr.passerelle.domain.market.RomeConnexe;
import fr.passerelle.domain.market.TensionIndicator;
import fr.passerelle.domain.rome.Appellation;
import fr.passerelle.domain.rome.CoherenceItem;
import fr.passerelle.domain.rome.MobilityLink;
import fr.passerelle.domain.rome.MobilityType;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.rome.RomeItem;
import fr.passerelle.domain.rome.RomeItemKind;
import fr.passerelle.domain.rome.RomeText;
import fr.passerelle.domain.territory.AreaScheme;
import fr.passerelle.domain.territory.Commune;
import fr.passerelle.domain.territory.CommuneEmploymentArea;
import fr.passerelle.domain.territory.CommunePostalCode;
import fr.passerelle.domain.territory.Departement;
import fr.passerelle.domain.territory.EmploymentArea;
import fr.passerelle.domain.territory.Region;
import fr.passerelle.engine.data.HiringCompany;
import fr.passerelle.engine.data.PathDataSource;
import fr.passerelle.engine.data.TrainingOffer;
import fr.passerelle.engine.index.PathIndex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A hand-made data source for engine tests without a database: each method adds rows in the domain's own records,
 * so that a test builds exactly the small world it needs and the indexes are built from it as from the store.
 */
final class FixturePathData implements PathDataSource {
    private final List<Occupation> occupations = new ArrayList<>();
    private final List<MobilityLink> links = new ArrayList<>();
    private final List<RomeItem> items = new ArrayList<>();
    private final List<CoherenceItem> coherence = new ArrayList<>();
    private final List<RomeText> texts = new ArrayList<>();
    private final List<Appellation> appellations = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private final List<Departement> departements = new ArrayList<>();
    private final List<Commune> communes = new ArrayList<>();
    private final List<EmploymentArea> areas = new ArrayList<>();
    private final List<CommuneEmploymentArea> communeAreas = new ArrayList<>();
    private final List<TensionIndicator> tension = new ArrayList<>();
    private final List<OfferCount> offers = new ArrayList<>();
    private final List<RomeConnexe> connexe = new ArrayList<>();
    private final List<TrainingOffer> trainings = new ArrayList<>();
    private final List<HiringCompany> companies = new ArrayList<>();
    private final List<BmoProject> bmoProjects = new ArrayList<>();
    private final List<RomeFap> romeFap = new ArrayList<>();

    PathIndex index() {
        return PathIndex.build(this);
    }

    /** A ROME 4 fiche; its ROME 3 parent is {@code parentV3} (its own code when null). */
    FixturePathData fiche(String code, String label, String parentV3, boolean regulated, boolean executive) {
        occupations.add(new Occupation(Referential.V4, new RomeCode(code), "o" + code, label, null,
                parentV3 == null ? null : new RomeCode(parentV3), null, null, null, regulated, executive));
        return this;
    }

    FixturePathData fiche(String code, String label) {
        return fiche(code, label, null, false, false);
    }

    /** A ROME 3 fiche (for its label in the reasons). */
    FixturePathData v3Fiche(String code, String label) {
        occupations.add(new Occupation(Referential.V3, new RomeCode(code), "v" + code, label, null, null, null, null, null, false, false));
        return this;
    }

    FixturePathData rank(String source, String target, int rank) {
        links.add(new MobilityLink(Referential.V4, new RomeCode(source), new RomeCode(target), rank, null, null, null));
        return this;
    }

    FixturePathData typed(String sourceV3, String targetV3, MobilityType type, String sourceAppellation, String targetAppellation) {
        links.add(new MobilityLink(Referential.V3, new RomeCode(sourceV3), new RomeCode(targetV3), null, type, sourceAppellation,
                targetAppellation));
        return this;
    }

    /** A skill; {@code macro} is its macro-competence OGR (null for none). */
    FixturePathData skill(String ogr, String label, String macro) {
        items.add(new RomeItem(Referential.V4, ogr, RomeItemKind.SKILL, label, "Compétence", "Savoir-faire", null, null, macro));
        return this;
    }

    FixturePathData knowledge(String ogr, String label, String category) {
        items.add(new RomeItem(Referential.V4, ogr, RomeItemKind.KNOWLEDGE, label, null, category, null, null, null));
        return this;
    }

    FixturePathData certification(String ogr, String label) {
        return knowledge(ogr, label, "Certifications et habilitations");
    }

    FixturePathData context(String ogr, String label) {
        items.add(new RomeItem(Referential.V4, ogr, RomeItemKind.CONTEXT, label, null, null, null, null, null));
        return this;
    }

    /** Items attached to a fiche (the ROME's coherence items). */
    FixturePathData has(String rome, String... ogrs) {
        for (String ogr : ogrs) {
            coherence.add(new CoherenceItem(Referential.V4, new RomeCode(rome), ogr, null));
        }
        return this;
    }

    FixturePathData access(String rome, String... sentences) {
        for (int i = 0; i < sentences.length; i++) {
            texts.add(new RomeText(new RomeCode(rome), 4, "acces_metier", i + 1, sentences[i]));
        }
        return this;
    }

    FixturePathData appellation(String ogr, String label, String rome) {
        appellations.add(new Appellation(Referential.V4, ogr, label, label, new RomeCode(rome), "SYNONYME", false));
        return this;
    }

    FixturePathData region(String code, String name) {
        regions.add(new Region(code, name));
        return this;
    }

    FixturePathData departement(String code, String name, String region) {
        departements.add(new Departement(code, name, region));
        return this;
    }

    /** A commune in a BMO area and a La Bonne Boite area. */
    FixturePathData commune(String insee, String name, String departement, String region, double lat, double lon, String bmoArea,
                            String lbbArea) {
        communes.add(new Commune(new InseeCode(insee), name, departement, region, lat, lon));
        if (bmoArea != null) {
            communeAreas.add(new CommuneEmploymentArea(AreaScheme.BMO, new InseeCode(insee), bmoArea));
        }
        if (lbbArea != null) {
            communeAreas.add(new CommuneEmploymentArea(AreaScheme.LBB, new InseeCode(insee), lbbArea));
        }
        return this;
    }

    FixturePathData area(String bmoCode, String label) {
        areas.add(new EmploymentArea(AreaScheme.BMO, bmoCode, label));
        return this;
    }

    FixturePathData tension(String romeV3, String bmoArea, double offers, double jobSeekers, Integer level) {
        tension.add(new TensionIndicator(2021, new RomeCode(romeV3), bmoArea, offers, jobSeekers, level, null, null, null, null, null, null));
        return this;
    }

    /** A BMO 2022 row of a FAP-2009 métier (FAP-2021 when its third character is X); null counts are masked. */
    FixturePathData bmo(String fap, String departement, String area, Integer projects, Integer difficult, Integer seasonal) {
        bmoProjects.add(new BmoProject(fap.charAt(2) == 'X' ? 2025 : 2022, fap, "Métier " + fap,
                fap.charAt(2) == 'X' ? "2021" : "2009", null, null, "32", departement, area, null, projects, difficult, seasonal));
        return this;
    }

    /** A ROME 3 → FAP-2009 crosswalk row. */
    FixturePathData romeFap(String romeV3, String fap) {
        romeFap.add(new RomeFap(new RomeCode(romeV3), null, fap, "ROME_sans_qualification"));
        return this;
    }

    FixturePathData connexe(String lbbArea, String romeV3, String connexeV3, double score) {
        connexe.add(new RomeConnexe(lbbArea, new RomeCode(romeV3), new RomeCode(connexeV3), score));
        return this;
    }

    FixturePathData training(String id, String rome, Integer hours, Long costCents, LocalDate start, String insee, double lat, double lon) {
        trainings.add(new TrainingOffer(id, "Formation " + id, "Organisme", List.of(rome), hours, costCents, start, null, insee, "Ville",
                lat, lon, false, null, List.of(), null, null, null, "fixture"));
        return this;
    }

    FixturePathData company(String siret, String rome, String insee, double lat, double lon, int score) {
        companies.add(new HiringCompany(siret, "Entreprise " + siret, "4711D", insee, lat, lon, rome, score, false, "11"));
        return this;
    }

    @Override
    public List<DatasetInfo> datasets() {
        return List.of(new DatasetInfo("rome4.occupations", "", "ROME 4", "fixture", "4.60", Instant.parse("2026-11-28T10:00:00Z"),
                occupations.size(), occupations.size(), 0, "0"));
    }

    @Override
    public List<Occupation> occupations() {
        return occupations;
    }

    @Override
    public List<MobilityLink> mobilityLinks() {
        return links;
    }

    @Override
    public List<RomeItem> items() {
        return items;
    }

    @Override
    public List<CoherenceItem> coherenceItems() {
        return coherence;
    }

    @Override
    public List<RomeText> accessTexts() {
        return texts;
    }

    @Override
    public List<Appellation> appellations() {
        return appellations;
    }

    @Override
    public List<Region> regions() {
        return regions;
    }

    @Override
    public List<Departement> departements() {
        return departements;
    }

    @Override
    public List<Commune> communes() {
        return communes;
    }

    @Override
    public List<CommunePostalCode> postalCodes() {
        return List.of();
    }

    @Override
    public List<EmploymentArea> employmentAreas() {
        return areas;
    }

    @Override
    public List<CommuneEmploymentArea> communeEmploymentAreas() {
        return communeAreas;
    }

    @Override
    public List<TensionIndicator> tension() {
        return tension;
    }

    @Override
    public List<OfferCount> offers() {
        return offers;
    }

    @Override
    public List<BmoDifficulty> bmoDifficulty() {
        return List.of();
    }

    @Override
    public List<RomeConnexe> connexe() {
        return connexe;
    }

    @Override
    public List<BmoProject> bmoProjects() {
        return bmoProjects;
    }

    @Override
    public List<RomeFap> romeFap() {
        return romeFap;
    }

    @Override
    public void trainings(Consumer<TrainingOffer> sink) {
        trainings.forEach(sink);
    }

    @Override
    public void companies(Consumer<HiringCompany> sink) {
        companies.forEach(sink);
    }
}
