package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.*;

import fr.passerelle.domain.DatasetInfo;
import fr.passerelle.domain.InseeCode;
import fr.passerelle.domain.Referential;
import fr.passerelle.domain.RomeCode;
import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.domain.market.OfferCount;
import fr.passerelle.domain.market.RomeConnexe;
import fr.passerelle.domain.market.RomeFap;
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
import java.util.List;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/** Reads, in bulk, what the path engine indexes. Rows come back as domain records; no jOOQ type leaves. */
public final class PathDataStore implements PathDataSource {
    private final DSLContext dsl;
    private final DatasetStore datasets;
    private final TrainingOfferReader trainingReader;
    private final HiringCompanyReader companyReader;
    private final BmoProjectReader bmoReader;

    public PathDataStore(ReferenceDatabase database) {
        this(database, HiringCompanyReader.CHUNK);
    }

    /**
     * @param chunkRows rows per query of the long reads (companies, sessions): they are read in chunks, in a fixed
     *                  order, so that H2 never holds a whole table's result; tests use tiny chunks
     */
    public PathDataStore(ReferenceDatabase database, int chunkRows) {
        this.dsl = database.dsl();
        this.datasets = new DatasetStore(database);
        this.trainingReader = new TrainingOfferReader(database, chunkRows);
        this.companyReader = new HiringCompanyReader(database, chunkRows);
        this.bmoReader = new BmoProjectReader(database);
    }

    @Override
    public List<DatasetInfo> datasets() {
        return datasets.all();
    }

    @Override
    public List<Occupation> occupations() {
        return dsl.selectFrom(ROME_OCCUPATION).orderBy(ROME_OCCUPATION.REFERENTIAL, ROME_OCCUPATION.CODE).fetch(r -> new Occupation(
                referential(r.getReferential()), new RomeCode(r.getCode()), r.getOgr(), r.getLabel(), r.getFicheCode(),
                r.getParentCode() == null ? null : new RomeCode(r.getParentCode()), r.getTransitionEco(), r.getTransitionNum(),
                r.getTransitionDemo(), r.getRegulated(), r.getExecutive()));
    }

    @Override
    public List<MobilityLink> mobilityLinks() {
        return dsl.selectFrom(ROME_MOBILITY).orderBy(ROME_MOBILITY.REFERENTIAL, ROME_MOBILITY.SOURCE_CODE, ROME_MOBILITY.TARGET_CODE)
                .fetch(r -> new MobilityLink(referential(r.getReferential()), new RomeCode(r.getSourceCode()),
                        new RomeCode(r.getTargetCode()), r.getRankOrder(),
                        r.getMobilityType() == null ? null : MobilityType.valueOf(r.getMobilityType()),
                        r.getSourceAppellation(), r.getTargetAppellation()));
    }

    @Override
    public List<RomeItem> items() {
        return dsl.selectFrom(ROME_ITEM).where(ROME_ITEM.REFERENTIAL.eq(Referential.V4.key())).orderBy(ROME_ITEM.OGR)
                .fetch(r -> new RomeItem(Referential.V4, r.getOgr(), RomeItemKind.valueOf(r.getKind()), r.getLabel(),
                        r.getNature(), r.getCategory(), r.getSubcategory(), null, r.getMacroOgr()));
    }

    @Override
    public List<CoherenceItem> coherenceItems() {
        return dsl.selectFrom(ROME_COHERENCE_ITEM).where(ROME_COHERENCE_ITEM.REFERENTIAL.eq(Referential.V4.key()))
                .orderBy(ROME_COHERENCE_ITEM.ROME_CODE, ROME_COHERENCE_ITEM.OGR)
                .fetch(r -> new CoherenceItem(Referential.V4, new RomeCode(r.getRomeCode()), r.getOgr(), r.getCoreStatus()));
    }

    @Override
    public List<RomeText> accessTexts() {
        return dsl.selectFrom(ROME_TEXT).where(ROME_TEXT.TEXT_TYPE.eq("acces_metier"))
                .orderBy(ROME_TEXT.ROME_CODE, ROME_TEXT.POSITION)
                .fetch(r -> new RomeText(new RomeCode(r.getRomeCode()), r.getBlockCode(), r.getTextType(), r.getPosition(), r.getText()));
    }

    @Override
    public List<Appellation> appellations() {
        return dsl.selectFrom(ROME_APPELLATION).where(ROME_APPELLATION.REFERENTIAL.eq(Referential.V4.key()))
                .orderBy(ROME_APPELLATION.OGR)
                .fetch(r -> new Appellation(Referential.V4, r.getOgr(), r.getLabel(), r.getShortLabel(), new RomeCode(r.getRomeCode()),
                        r.getClassification(), r.getRarelyUsed()));
    }

    @Override
    public List<Region> regions() {
        return dsl.selectFrom(REGION).orderBy(REGION.CODE).fetch(r -> new Region(r.getCode(), r.getName()));
    }

    @Override
    public List<Departement> departements() {
        return dsl.selectFrom(DEPARTEMENT).orderBy(DEPARTEMENT.CODE)
                .fetch(r -> new Departement(r.getCode(), r.getName(), r.getRegionCode()));
    }

    @Override
    public List<Commune> communes() {
        return dsl.selectFrom(COMMUNE).orderBy(COMMUNE.INSEE_CODE).fetch(r -> new Commune(new InseeCode(r.getInseeCode()),
                r.getName(), r.getDepartementCode(), r.getRegionCode(), r.getLatitude(), r.getLongitude()));
    }

    @Override
    public List<CommunePostalCode> postalCodes() {
        return dsl.selectFrom(COMMUNE_POSTAL_CODE).orderBy(COMMUNE_POSTAL_CODE.INSEE_CODE, COMMUNE_POSTAL_CODE.POSTAL_CODE)
                .fetch(r -> new CommunePostalCode(new InseeCode(r.getInseeCode()), r.getPostalCode()));
    }

    @Override
    public List<EmploymentArea> employmentAreas() {
        return dsl.selectFrom(EMPLOYMENT_AREA).orderBy(EMPLOYMENT_AREA.SCHEME, EMPLOYMENT_AREA.CODE)
                .fetch(r -> new EmploymentArea(AreaScheme.valueOf(r.getScheme()), r.getCode(), r.getLabel()));
    }

    @Override
    public List<CommuneEmploymentArea> communeEmploymentAreas() {
        return dsl.selectFrom(COMMUNE_EMPLOYMENT_AREA)
                .orderBy(COMMUNE_EMPLOYMENT_AREA.SCHEME, COMMUNE_EMPLOYMENT_AREA.INSEE_CODE)
                .fetch(r -> new CommuneEmploymentArea(AreaScheme.valueOf(r.getScheme()), new InseeCode(r.getInseeCode()),
                        r.getAreaCode()));
    }

    @Override
    public List<TensionIndicator> tension() {
        return dsl.selectFrom(TENSION_INDICATOR)
                .orderBy(TENSION_INDICATOR.ROME_CODE, TENSION_INDICATOR.AREA_CODE, TENSION_INDICATOR.REFERENCE_YEAR)
                .fetch(r -> new TensionIndicator(r.getReferenceYear(), new RomeCode(r.getRomeCode()), r.getAreaCode(),
                        r.getOffers(), r.getJobSeekers(), r.getTension(), r.getHiringIntensity(), r.getLabourShortage(),
                        r.getNonDurableJobs(), r.getWorkingConditions(), r.getGeographicMismatch(), r.getTrainingSpecificity()));
    }

    @Override
    public List<OfferCount> offers() {
        return dsl.selectFrom(OFFER_COUNT).where(OFFER_COUNT.TERRITORY_LEVEL.eq("departement"))
                .orderBy(OFFER_COUNT.ROME_CODE, OFFER_COUNT.TERRITORY_CODE)
                .fetch(r -> new OfferCount(r.getTerritoryLevel(), r.getTerritoryCode(), new RomeCode(r.getRomeCode()),
                        r.getOffers(), r.getExtractedOn()));
    }

    @Override
    public List<BmoDifficulty> bmoDifficulty() {
        return dsl.selectFrom(BMO_DIFFICULTY).orderBy(BMO_DIFFICULTY.ROME_CODE, BMO_DIFFICULTY.SURVEY_YEAR)
                .fetch(r -> new BmoDifficulty(r.getSurveyYear(), r.getFapCode(), r.getFapLabel(), r.getDifficultyPct(),
                        new RomeCode(r.getRomeCode()), r.getRomeLabel()));
    }

    @Override
    public List<RomeConnexe> connexe() {
        return dsl.selectFrom(ROME_CONNEXE).orderBy(ROME_CONNEXE.AREA_CODE, ROME_CONNEXE.ROME_CODE, ROME_CONNEXE.CONNEXE_CODE)
                .fetch(r -> new RomeConnexe(r.getAreaCode(), new RomeCode(r.getRomeCode()), new RomeCode(r.getConnexeCode()),
                        r.getScore()));
    }

    @Override
    public List<BmoProject> bmoProjects() {
        return bmoReader.projects();
    }

    @Override
    public List<RomeFap> romeFap() {
        return bmoReader.crosswalk();
    }

    @Override
    public void trainings(Consumer<TrainingOffer> sink) {
        trainingReader.read(sink);
    }

    @Override
    public void companies(Consumer<HiringCompany> sink) {
        companyReader.read(sink);
    }

    private static Referential referential(String key) {
        return Referential.V4.key().equals(key) ? Referential.V4 : Referential.V3;
    }
}
