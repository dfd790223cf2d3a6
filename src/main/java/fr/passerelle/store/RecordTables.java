package fr.passerelle.store;

import static fr.passerelle.store.db.Tables.*;

import fr.passerelle.domain.company.Establishment;
import fr.passerelle.domain.company.HiringScore;
import fr.passerelle.domain.market.BmoDifficulty;
import fr.passerelle.domain.market.BmoOccupationDifficulty;
import fr.passerelle.domain.market.BmoProject;
import fr.passerelle.domain.market.ContactMode;
import fr.passerelle.domain.market.Fap2021;
import fr.passerelle.domain.market.FapLabel;
import fr.passerelle.domain.market.FapPcsRome;
import fr.passerelle.domain.market.LiveOffer;
import fr.passerelle.domain.market.NafLabel;
import fr.passerelle.domain.market.OfferCount;
import fr.passerelle.domain.market.RomeConnexe;
import fr.passerelle.domain.market.RomeFap;
import fr.passerelle.domain.market.RomeNafHiring;
import fr.passerelle.domain.market.TensionIndicator;
import fr.passerelle.domain.rome.Appellation;
import fr.passerelle.domain.rome.CoherenceItem;
import fr.passerelle.domain.rome.GrandDomain;
import fr.passerelle.domain.rome.MacroSkillRiasec;
import fr.passerelle.domain.rome.MobilityLink;
import fr.passerelle.domain.rome.Occupation;
import fr.passerelle.domain.rome.ProfessionalDomain;
import fr.passerelle.domain.rome.Riasec;
import fr.passerelle.domain.rome.RomeBlock;
import fr.passerelle.domain.rome.RomeBlockLink;
import fr.passerelle.domain.rome.RomeItem;
import fr.passerelle.domain.rome.RomeNafSector;
import fr.passerelle.domain.rome.RomeNafSectorLink;
import fr.passerelle.domain.rome.RomeRubric;
import fr.passerelle.domain.rome.RomeText;
import fr.passerelle.domain.rome.RomeTreeNode;
import fr.passerelle.domain.territory.Commune;
import fr.passerelle.domain.territory.CommuneEmploymentArea;
import fr.passerelle.domain.territory.CommunePostalCode;
import fr.passerelle.domain.territory.Departement;
import fr.passerelle.domain.territory.EmploymentArea;
import fr.passerelle.domain.territory.GeoOutline;
import fr.passerelle.domain.territory.Region;
import fr.passerelle.domain.training.Formacode;
import fr.passerelle.domain.training.RomeFormacode;
import fr.passerelle.domain.training.Training;
import fr.passerelle.domain.training.TrainingAction;
import fr.passerelle.domain.training.TrainingFormacode;
import fr.passerelle.domain.training.TrainingFunder;
import fr.passerelle.domain.training.TrainingRome;
import fr.passerelle.domain.training.TrainingSession;
import fr.passerelle.funding.rules.RulesDocument;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.UniqueKey;

/**
 * Which table each imported record type goes to. Columns are the record's components in snake case
 * ({@code rankOrder} → RANK_ORDER, {@code code341} → CODE_341) plus DATASET_ID; {@link RecordWriter} checks the
 * match when it is built, and a test checks it for every entry.
 */
final class RecordTables {
    private static final Map<Class<? extends Record>, Table<?>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put(GrandDomain.class, ROME_GRAND_DOMAIN);
        TABLES.put(ProfessionalDomain.class, ROME_PROFESSIONAL_DOMAIN);
        TABLES.put(Occupation.class, ROME_OCCUPATION);
        TABLES.put(RomeTreeNode.class, ROME_TREE);
        TABLES.put(Appellation.class, ROME_APPELLATION);
        TABLES.put(MobilityLink.class, ROME_MOBILITY);
        TABLES.put(RomeItem.class, ROME_ITEM);
        TABLES.put(CoherenceItem.class, ROME_COHERENCE_ITEM);
        TABLES.put(RomeBlock.class, ROME_BLOCK);
        TABLES.put(RomeRubric.class, ROME_RUBRIC);
        TABLES.put(RomeBlockLink.class, ROME_BLOCK_LINK);
        TABLES.put(RomeText.class, ROME_TEXT);
        TABLES.put(Riasec.class, ROME_RIASEC);
        TABLES.put(MacroSkillRiasec.class, ROME_MACRO_SKILL_RIASEC);
        TABLES.put(RomeNafSector.class, ROME_NAF_SECTOR);
        TABLES.put(RomeNafSectorLink.class, ROME_NAF_SECTOR_LINK);
        TABLES.put(Region.class, REGION);
        TABLES.put(Departement.class, DEPARTEMENT);
        TABLES.put(Commune.class, COMMUNE);
        TABLES.put(CommunePostalCode.class, COMMUNE_POSTAL_CODE);
        TABLES.put(EmploymentArea.class, EMPLOYMENT_AREA);
        TABLES.put(CommuneEmploymentArea.class, COMMUNE_EMPLOYMENT_AREA);
        TABLES.put(GeoOutline.class, GEO_OUTLINE);
        TABLES.put(TensionIndicator.class, TENSION_INDICATOR);
        TABLES.put(OfferCount.class, OFFER_COUNT);
        TABLES.put(LiveOffer.class, JOB_OFFER);
        TABLES.put(BmoDifficulty.class, BMO_DIFFICULTY);
        TABLES.put(BmoOccupationDifficulty.class, BMO_OCCUPATION_DIFFICULTY);
        TABLES.put(RomeFap.class, ROME_FAP);
        TABLES.put(FapLabel.class, FAP_LABEL);
        TABLES.put(FapPcsRome.class, FAP_PCS_ROME);
        TABLES.put(Fap2021.class, FAP2021);
        TABLES.put(RomeNafHiring.class, ROME_NAF_HIRING);
        TABLES.put(NafLabel.class, NAF_LABEL);
        TABLES.put(RomeConnexe.class, ROME_CONNEXE);
        TABLES.put(ContactMode.class, CONTACT_MODE);
        TABLES.put(BmoProject.class, BMO_PROJECT);
        TABLES.put(Establishment.class, COMPANY);
        TABLES.put(HiringScore.class, COMPANY_HIRING_SCORE);
        TABLES.put(Training.class, TRAINING);
        TABLES.put(TrainingFormacode.class, TRAINING_FORMACODE);
        TABLES.put(TrainingRome.class, TRAINING_ROME);
        TABLES.put(TrainingAction.class, TRAINING_ACTION);
        TABLES.put(TrainingFunder.class, TRAINING_FUNDER);
        TABLES.put(TrainingSession.class, TRAINING_SESSION);
        TABLES.put(Formacode.class, FORMACODE);
        TABLES.put(RomeFormacode.class, ROME_FORMACODE);
        TABLES.put(RulesDocument.class, FUNDING_RULES);
    }

    private static final Map<Table<?>, List<String>> IMPORT_KEYS = Map.of(
            COMPANY, List.of("SIRET"),
            COMPANY_HIRING_SCORE, List.of("SIRET", "ROME_CODE"));

    private RecordTables() {
    }

    static Table<?> tableOf(Class<?> type) {
        Table<?> table = TABLES.get(type);
        if (table == null) {
            throw new IllegalArgumentException("no table for " + type.getName() + ": add it to RecordTables");
        }
        return table;
    }

    /**
     * The columns that identify a row within its dataset, checked by the importer as it reads (a second row with the
     * same values is refused with its file and line): the primary key without DATASET_ID, or, for the two big company
     * tables that have none since V10 (their uniqueness costs nothing in memory and was 45 % of a national import
     * in the index rebuild), the columns their primary key had.
     */
    static List<String> importKey(Table<?> table) {
        List<String> explicit = IMPORT_KEYS.get(table);
        if (explicit != null) {
            return explicit;
        }
        UniqueKey<?> pk = table.getPrimaryKey();
        if (pk == null) {
            return List.of();
        }
        return pk.getFields().stream().map(Field::getName).filter(name -> !name.equals("DATASET_ID")).toList();
    }

    static Collection<Class<? extends Record>> recordTypes() {
        return TABLES.keySet();
    }

    static Collection<Table<?>> dataTables() {
        return TABLES.values().stream().distinct().toList();
    }
}
