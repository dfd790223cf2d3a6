-- Companies and hiring scores: no primary key, a plain index in the same column order (issue 11).
--
-- A national import writes a million companies and about three million hiring scores; rebuilding these two
-- primary keys after the load was 45 % of its time (JFR). The importer already checks, per dataset and in memory,
-- that no SIRET (company) or SIRET and ROME code (hiring score) comes twice, and refuses a repeated one with its file
-- and line (RecordTables.importKey, RecordWriter); two datasets never share a row (dataset_key is in every key). So
-- the keys become plain indexes, which H2 builds in one sorted pass without checking each entry.
-- The indexes keep the readers' order: HiringCompanyReader merges both tables by SIRET in one sorted scan each.
ALTER TABLE company DROP PRIMARY KEY;
ALTER TABLE company_hiring_score DROP PRIMARY KEY;

-- SIRET and ROME code as VARCHAR, not CHAR: every value has its full length (14 digits; a letter and 4 digits), so
-- nothing changes for readers, but H2 compares CHAR values through a padding-aware conversion, and the index rebuild
-- of three million scores is mostly comparisons (JFR: a third of the rebuild in ValueChar.compareTypeSafe).
ALTER TABLE company ALTER COLUMN siret SET DATA TYPE VARCHAR(14);
ALTER TABLE company_hiring_score ALTER COLUMN siret SET DATA TYPE VARCHAR(14);
ALTER TABLE company_hiring_score ALTER COLUMN rome_code SET DATA TYPE VARCHAR(5);

CREATE INDEX company_siret ON company(siret, dataset_key);
CREATE INDEX company_hiring_score_siret ON company_hiring_score(siret, rome_code, dataset_key);
