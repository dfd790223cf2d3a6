-- Companies and hiring scores: no primary key, a plain index in the same column order (issue 11).
--
-- A national import writes a million companies and about three million hiring scores; rebuilding these two
-- primary keys after the load was 45 % of its time (JFR). A primary key checks each entry against its neighbours
-- while it is built; a plain index only sorts. Uniqueness is not lost: the importer checks it per dataset, in memory,
-- while it reads each file, and refuses a second row with the same SIRET (or SIRET and ROME code) with its file and
-- line (RecordTables.importKey, RecordWriter); two datasets never share a row (dataset_key is part of every key).
-- The indexes keep the readers' order: HiringCompanyReader merges both tables by SIRET in one sorted scan each.
ALTER TABLE company DROP PRIMARY KEY;
CREATE INDEX company_siret ON company(siret, dataset_key);
ALTER TABLE company_hiring_score DROP PRIMARY KEY;
CREATE INDEX company_hiring_score_siret ON company_hiring_score(siret, rome_code, dataset_key);
