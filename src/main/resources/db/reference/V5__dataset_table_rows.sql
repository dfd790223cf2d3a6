-- Rows per dataset and table, counted from the data (never typed in beside it): written by the import's final
-- validation for every table it touched, in the same published generation as the rows themselves, so `status` shows
-- counts that are true of the data it reads. This script counts what an existing cache already holds.
CREATE TABLE dataset_table_rows (
    dataset_key  VARCHAR(200) NOT NULL,
    table_name   VARCHAR(60)  NOT NULL,   -- upper case, as H2 and jOOQ name it ('COMPANY')
    row_count    BIGINT       NOT NULL,
    PRIMARY KEY (dataset_key, table_name)
);

INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_GRAND_DOMAIN', COUNT(*) FROM rome_grand_domain GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_PROFESSIONAL_DOMAIN', COUNT(*) FROM rome_professional_domain GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_OCCUPATION', COUNT(*) FROM rome_occupation GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_TREE', COUNT(*) FROM rome_tree GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_APPELLATION', COUNT(*) FROM rome_appellation GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_MOBILITY', COUNT(*) FROM rome_mobility GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_ITEM', COUNT(*) FROM rome_item GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_COHERENCE_ITEM', COUNT(*) FROM rome_coherence_item GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_BLOCK', COUNT(*) FROM rome_block GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_RUBRIC', COUNT(*) FROM rome_rubric GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_BLOCK_LINK', COUNT(*) FROM rome_block_link GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_TEXT', COUNT(*) FROM rome_text GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_RIASEC', COUNT(*) FROM rome_riasec GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_MACRO_SKILL_RIASEC', COUNT(*) FROM rome_macro_skill_riasec GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_NAF_SECTOR', COUNT(*) FROM rome_naf_sector GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_NAF_SECTOR_LINK', COUNT(*) FROM rome_naf_sector_link GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'REGION', COUNT(*) FROM region GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'DEPARTEMENT', COUNT(*) FROM departement GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'COMMUNE', COUNT(*) FROM commune GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'COMMUNE_POSTAL_CODE', COUNT(*) FROM commune_postal_code GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'EMPLOYMENT_AREA', COUNT(*) FROM employment_area GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'COMMUNE_EMPLOYMENT_AREA', COUNT(*) FROM commune_employment_area GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'GEO_OUTLINE', COUNT(*) FROM geo_outline GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'TENSION_INDICATOR', COUNT(*) FROM tension_indicator GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'OFFER_COUNT', COUNT(*) FROM offer_count GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'BMO_DIFFICULTY', COUNT(*) FROM bmo_difficulty GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'BMO_OCCUPATION_DIFFICULTY', COUNT(*) FROM bmo_occupation_difficulty GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_FAP', COUNT(*) FROM rome_fap GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'FAP_LABEL', COUNT(*) FROM fap_label GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'FAP_PCS_ROME', COUNT(*) FROM fap_pcs_rome GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'FAP2021', COUNT(*) FROM fap2021 GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_NAF_HIRING', COUNT(*) FROM rome_naf_hiring GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'NAF_LABEL', COUNT(*) FROM naf_label GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_CONNEXE', COUNT(*) FROM rome_connexe GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'CONTACT_MODE', COUNT(*) FROM contact_mode GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'BMO_PROJECT', COUNT(*) FROM bmo_project GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'COMPANY', COUNT(*) FROM company GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'COMPANY_HIRING_SCORE', COUNT(*) FROM company_hiring_score GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'TRAINING', COUNT(*) FROM training GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'TRAINING_FORMACODE', COUNT(*) FROM training_formacode GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'TRAINING_ROME', COUNT(*) FROM training_rome GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'TRAINING_ACTION', COUNT(*) FROM training_action GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'TRAINING_FUNDER', COUNT(*) FROM training_funder GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'TRAINING_SESSION', COUNT(*) FROM training_session GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'FORMACODE', COUNT(*) FROM formacode GROUP BY dataset_key;
INSERT INTO dataset_table_rows SELECT dataset_key, 'ROME_FORMACODE', COUNT(*) FROM rome_formacode GROUP BY dataset_key;
