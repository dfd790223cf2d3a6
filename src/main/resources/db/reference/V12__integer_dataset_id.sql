-- A small integer dataset id on every data row instead of the text key (issue 11).
--
-- Every data row carried dataset_key VARCHAR(200), the text key 'kind/scope' of its dataset, written for each of the
-- four million company and score rows of a national import and compared as text wherever rows are grouped or deleted
-- by dataset. The dataset table keeps its text key (what people, `status` and provenance see) and gains dataset_id:
-- unique, and never given twice in one cache file (dataset_id_last holds the highest id ever given: a replaced
-- dataset gets a new id; a build from the empty template is a new file and starts again at 1; nothing outside a
-- generation refers to an id: indexes are keyed by generation, people see keys). Every data row carries
-- dataset_id INT NOT NULL; the importer holds the key -> id map in memory (DatasetIds), readers read it once.
-- dataset_table_rows (rows per dataset and table: a few hundred rows, what `status` shows) keeps the text key.
--
-- An existing cache is converted in place: each row gets its dataset's id, then loses the key; the primary keys that
-- held dataset_key get dataset_id at the same place. H2 commits each ALTER TABLE, so Flyway's transaction cannot
-- undo a half-run script by itself: an older generation is always upgraded as a migrated copy, never in place
-- (ReferenceCache, SchemaVersion), so a failure here leaves the published generation as it was and the copy is
-- deleted. A row whose dataset is missing from the dataset table cannot get an id: SET NOT NULL fails, and with it the
-- upgrade.
ALTER TABLE dataset ADD COLUMN dataset_id INT;
-- In key order, so that the ids of a converted cache do not depend on the order H2 keeps the rows in.
UPDATE dataset d SET dataset_id = (SELECT COUNT(*) FROM dataset e WHERE e.dataset_key <= d.dataset_key);
ALTER TABLE dataset ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE dataset ADD CONSTRAINT dataset_id_unique UNIQUE (dataset_id);

CREATE TABLE dataset_id_last (
    last_id  INT NOT NULL   -- the highest dataset_id ever given in this cache (one row)
);
INSERT INTO dataset_id_last SELECT COALESCE(MAX(dataset_id), 0) FROM dataset;

ALTER TABLE bmo_difficulty ADD COLUMN dataset_id INT;
UPDATE bmo_difficulty t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE bmo_difficulty ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE bmo_difficulty DROP COLUMN dataset_key;

ALTER TABLE bmo_occupation_difficulty ADD COLUMN dataset_id INT;
UPDATE bmo_occupation_difficulty t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE bmo_occupation_difficulty ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE bmo_occupation_difficulty DROP COLUMN dataset_key;

ALTER TABLE bmo_project ADD COLUMN dataset_id INT;
UPDATE bmo_project t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE bmo_project ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE bmo_project DROP PRIMARY KEY;
ALTER TABLE bmo_project DROP COLUMN dataset_key;
ALTER TABLE bmo_project ADD PRIMARY KEY (survey_year, occupation_code, area_code, departement_code, dataset_id);

ALTER TABLE commune ADD COLUMN dataset_id INT;
UPDATE commune t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE commune ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE commune DROP COLUMN dataset_key;

ALTER TABLE commune_employment_area ADD COLUMN dataset_id INT;
UPDATE commune_employment_area t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE commune_employment_area ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE commune_employment_area DROP COLUMN dataset_key;

ALTER TABLE commune_postal_code ADD COLUMN dataset_id INT;
UPDATE commune_postal_code t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE commune_postal_code ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE commune_postal_code DROP COLUMN dataset_key;

ALTER TABLE company ADD COLUMN dataset_id INT;
UPDATE company t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE company ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE company DROP COLUMN dataset_key;

ALTER TABLE company_hiring_score ADD COLUMN dataset_id INT;
UPDATE company_hiring_score t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE company_hiring_score ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE company_hiring_score DROP COLUMN dataset_key;

ALTER TABLE contact_mode ADD COLUMN dataset_id INT;
UPDATE contact_mode t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE contact_mode ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE contact_mode DROP COLUMN dataset_key;

ALTER TABLE departement ADD COLUMN dataset_id INT;
UPDATE departement t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE departement ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE departement DROP COLUMN dataset_key;

ALTER TABLE employment_area ADD COLUMN dataset_id INT;
UPDATE employment_area t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE employment_area ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE employment_area DROP COLUMN dataset_key;

ALTER TABLE fap2021 ADD COLUMN dataset_id INT;
UPDATE fap2021 t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE fap2021 ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE fap2021 DROP COLUMN dataset_key;

ALTER TABLE fap_label ADD COLUMN dataset_id INT;
UPDATE fap_label t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE fap_label ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE fap_label DROP COLUMN dataset_key;

ALTER TABLE fap_pcs_rome ADD COLUMN dataset_id INT;
UPDATE fap_pcs_rome t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE fap_pcs_rome ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE fap_pcs_rome DROP COLUMN dataset_key;

ALTER TABLE formacode ADD COLUMN dataset_id INT;
UPDATE formacode t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE formacode ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE formacode DROP COLUMN dataset_key;

ALTER TABLE funding_rules ADD COLUMN dataset_id INT;
UPDATE funding_rules t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE funding_rules ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE funding_rules DROP PRIMARY KEY;
ALTER TABLE funding_rules DROP COLUMN dataset_key;
ALTER TABLE funding_rules ADD PRIMARY KEY (dataset_id);

ALTER TABLE geo_outline ADD COLUMN dataset_id INT;
UPDATE geo_outline t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE geo_outline ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE geo_outline DROP COLUMN dataset_key;

ALTER TABLE job_offer ADD COLUMN dataset_id INT;
UPDATE job_offer t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE job_offer ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE job_offer DROP PRIMARY KEY;
ALTER TABLE job_offer DROP COLUMN dataset_key;
ALTER TABLE job_offer ADD PRIMARY KEY (dataset_id, id);

ALTER TABLE naf_label ADD COLUMN dataset_id INT;
UPDATE naf_label t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE naf_label ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE naf_label DROP COLUMN dataset_key;

ALTER TABLE offer_count ADD COLUMN dataset_id INT;
UPDATE offer_count t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE offer_count ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE offer_count DROP COLUMN dataset_key;

ALTER TABLE region ADD COLUMN dataset_id INT;
UPDATE region t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE region ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE region DROP COLUMN dataset_key;

ALTER TABLE rome_appellation ADD COLUMN dataset_id INT;
UPDATE rome_appellation t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_appellation ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_appellation DROP COLUMN dataset_key;

ALTER TABLE rome_block ADD COLUMN dataset_id INT;
UPDATE rome_block t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_block ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_block DROP COLUMN dataset_key;

ALTER TABLE rome_block_link ADD COLUMN dataset_id INT;
UPDATE rome_block_link t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_block_link ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_block_link DROP COLUMN dataset_key;

ALTER TABLE rome_coherence_item ADD COLUMN dataset_id INT;
UPDATE rome_coherence_item t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_coherence_item ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_coherence_item DROP COLUMN dataset_key;

ALTER TABLE rome_connexe ADD COLUMN dataset_id INT;
UPDATE rome_connexe t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_connexe ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_connexe DROP COLUMN dataset_key;

ALTER TABLE rome_fap ADD COLUMN dataset_id INT;
UPDATE rome_fap t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_fap ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_fap DROP COLUMN dataset_key;

ALTER TABLE rome_formacode ADD COLUMN dataset_id INT;
UPDATE rome_formacode t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_formacode ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_formacode DROP PRIMARY KEY;
ALTER TABLE rome_formacode DROP COLUMN dataset_key;
ALTER TABLE rome_formacode ADD PRIMARY KEY (rome_code, formacode, dataset_id);

ALTER TABLE rome_grand_domain ADD COLUMN dataset_id INT;
UPDATE rome_grand_domain t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_grand_domain ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_grand_domain DROP COLUMN dataset_key;

ALTER TABLE rome_item ADD COLUMN dataset_id INT;
UPDATE rome_item t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_item ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_item DROP COLUMN dataset_key;

ALTER TABLE rome_macro_skill_riasec ADD COLUMN dataset_id INT;
UPDATE rome_macro_skill_riasec t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_macro_skill_riasec ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_macro_skill_riasec DROP COLUMN dataset_key;

ALTER TABLE rome_mobility ADD COLUMN dataset_id INT;
UPDATE rome_mobility t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_mobility ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_mobility DROP COLUMN dataset_key;

ALTER TABLE rome_naf_hiring ADD COLUMN dataset_id INT;
UPDATE rome_naf_hiring t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_naf_hiring ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_naf_hiring DROP COLUMN dataset_key;

ALTER TABLE rome_naf_sector ADD COLUMN dataset_id INT;
UPDATE rome_naf_sector t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_naf_sector ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_naf_sector DROP COLUMN dataset_key;

ALTER TABLE rome_naf_sector_link ADD COLUMN dataset_id INT;
UPDATE rome_naf_sector_link t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_naf_sector_link ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_naf_sector_link DROP COLUMN dataset_key;

ALTER TABLE rome_occupation ADD COLUMN dataset_id INT;
UPDATE rome_occupation t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_occupation ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_occupation DROP COLUMN dataset_key;

ALTER TABLE rome_professional_domain ADD COLUMN dataset_id INT;
UPDATE rome_professional_domain t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_professional_domain ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_professional_domain DROP COLUMN dataset_key;

ALTER TABLE rome_riasec ADD COLUMN dataset_id INT;
UPDATE rome_riasec t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_riasec ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_riasec DROP COLUMN dataset_key;

ALTER TABLE rome_rubric ADD COLUMN dataset_id INT;
UPDATE rome_rubric t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_rubric ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_rubric DROP COLUMN dataset_key;

ALTER TABLE rome_text ADD COLUMN dataset_id INT;
UPDATE rome_text t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_text ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_text DROP COLUMN dataset_key;

ALTER TABLE rome_tree ADD COLUMN dataset_id INT;
UPDATE rome_tree t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_tree ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE rome_tree DROP COLUMN dataset_key;

ALTER TABLE tension_indicator ADD COLUMN dataset_id INT;
UPDATE tension_indicator t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE tension_indicator ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE tension_indicator DROP COLUMN dataset_key;

ALTER TABLE training ADD COLUMN dataset_id INT;
UPDATE training t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE training DROP PRIMARY KEY;
ALTER TABLE training DROP COLUMN dataset_key;
ALTER TABLE training ADD PRIMARY KEY (training_id, dataset_id);

ALTER TABLE training_action ADD COLUMN dataset_id INT;
UPDATE training_action t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_action ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE training_action DROP PRIMARY KEY;
ALTER TABLE training_action DROP COLUMN dataset_key;
ALTER TABLE training_action ADD PRIMARY KEY (action_id, dataset_id);

ALTER TABLE training_formacode ADD COLUMN dataset_id INT;
UPDATE training_formacode t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_formacode ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE training_formacode DROP PRIMARY KEY;
ALTER TABLE training_formacode DROP COLUMN dataset_key;
ALTER TABLE training_formacode ADD PRIMARY KEY (training_id, formacode, dataset_id);

ALTER TABLE training_funder ADD COLUMN dataset_id INT;
UPDATE training_funder t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_funder ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE training_funder DROP PRIMARY KEY;
ALTER TABLE training_funder DROP COLUMN dataset_key;
ALTER TABLE training_funder ADD PRIMARY KEY (action_id, funder_code, dataset_id);

ALTER TABLE training_rome ADD COLUMN dataset_id INT;
UPDATE training_rome t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_rome ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE training_rome DROP PRIMARY KEY;
ALTER TABLE training_rome DROP COLUMN dataset_key;
ALTER TABLE training_rome ADD PRIMARY KEY (training_id, rome_code, dataset_id);

ALTER TABLE training_session ADD COLUMN dataset_id INT;
UPDATE training_session t SET dataset_id = (SELECT d.dataset_id FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_session ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE training_session DROP PRIMARY KEY;
ALTER TABLE training_session DROP COLUMN dataset_key;
ALTER TABLE training_session ADD PRIMARY KEY (session_id, dataset_id);
