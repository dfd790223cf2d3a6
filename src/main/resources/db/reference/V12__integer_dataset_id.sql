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
-- An existing cache is converted in place, table by table: the key column first receives its dataset's id (as text),
-- is renamed dataset_id and becomes an INT (one copy of the table by H2). The column keeps its place, its NOT NULL
-- and its place in the primary keys that held it. Adding a column, filling it and dropping the key instead cost two
-- copies of every table besides the update (about twice the time, measured on the referentials: benchmarks.md).
-- H2 commits each ALTER TABLE, so Flyway's transaction cannot undo a half-run script by itself: an older generation is
-- always upgraded as a migrated copy, never in place (CacheMaintenance, StagingBuild), so a failure here leaves the
-- published generation as it was and the copy is deleted. A row whose dataset is missing from the dataset table
-- cannot get an id: the update would make its key NULL, which the column refuses, and the upgrade fails.
ALTER TABLE dataset ADD COLUMN dataset_id INT;
-- In key order, so that the ids of a converted cache do not depend on the order H2 keeps the rows in.
UPDATE dataset d SET dataset_id = (SELECT COUNT(*) FROM dataset e WHERE e.dataset_key <= d.dataset_key);
ALTER TABLE dataset ALTER COLUMN dataset_id SET NOT NULL;
ALTER TABLE dataset ADD CONSTRAINT dataset_id_unique UNIQUE (dataset_id);

CREATE TABLE dataset_id_last (
    last_id  INT NOT NULL   -- the highest dataset_id ever given in this cache (one row)
);
INSERT INTO dataset_id_last SELECT COALESCE(MAX(dataset_id), 0) FROM dataset;

UPDATE bmo_difficulty t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE bmo_difficulty RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE bmo_difficulty ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE bmo_occupation_difficulty t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE bmo_occupation_difficulty RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE bmo_occupation_difficulty ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE bmo_project t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE bmo_project RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE bmo_project ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE commune t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE commune RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE commune ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE commune_employment_area t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE commune_employment_area RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE commune_employment_area ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE commune_postal_code t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE commune_postal_code RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE commune_postal_code ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE company t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE company RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE company ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE company_hiring_score t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE company_hiring_score RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE company_hiring_score ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE contact_mode t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE contact_mode RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE contact_mode ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE departement t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE departement RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE departement ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE employment_area t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE employment_area RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE employment_area ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE fap2021 t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE fap2021 RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE fap2021 ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE fap_label t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE fap_label RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE fap_label ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE fap_pcs_rome t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE fap_pcs_rome RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE fap_pcs_rome ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE formacode t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE formacode RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE formacode ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE funding_rules t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE funding_rules RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE funding_rules ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE geo_outline t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE geo_outline RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE geo_outline ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE job_offer t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE job_offer RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE job_offer ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE naf_label t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE naf_label RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE naf_label ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE offer_count t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE offer_count RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE offer_count ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE region t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE region RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE region ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_appellation t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_appellation RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_appellation ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_block t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_block RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_block ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_block_link t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_block_link RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_block_link ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_coherence_item t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_coherence_item RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_coherence_item ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_connexe t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_connexe RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_connexe ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_fap t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_fap RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_fap ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_formacode t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_formacode RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_formacode ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_grand_domain t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_grand_domain RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_grand_domain ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_item t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_item RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_item ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_macro_skill_riasec t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_macro_skill_riasec RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_macro_skill_riasec ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_mobility t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_mobility RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_mobility ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_naf_hiring t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_naf_hiring RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_naf_hiring ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_naf_sector t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_naf_sector RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_naf_sector ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_naf_sector_link t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_naf_sector_link RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_naf_sector_link ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_occupation t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_occupation RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_occupation ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_professional_domain t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_professional_domain RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_professional_domain ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_riasec t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_riasec RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_riasec ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_rubric t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_rubric RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_rubric ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_text t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_text RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_text ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE rome_tree t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE rome_tree RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE rome_tree ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE tension_indicator t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE tension_indicator RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE tension_indicator ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE training t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE training ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE training_action t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_action RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE training_action ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE training_formacode t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_formacode RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE training_formacode ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE training_funder t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_funder RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE training_funder ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE training_rome t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_rome RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE training_rome ALTER COLUMN dataset_id SET DATA TYPE INT;

UPDATE training_session t SET dataset_key = (SELECT CAST(d.dataset_id AS VARCHAR(11)) FROM dataset d WHERE d.dataset_key = t.dataset_key);
ALTER TABLE training_session RENAME COLUMN dataset_key TO dataset_id;
ALTER TABLE training_session ALTER COLUMN dataset_id SET DATA TYPE INT;
