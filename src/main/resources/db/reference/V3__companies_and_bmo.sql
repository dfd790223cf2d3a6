-- Companies and BMO hiring projects.
--
-- Companies live in ONE table, `company` (created by V1 for La Bonne Boite's establishment export), whatever
-- their source: that export, Passerelle's own entreprises_*.csv files, and La Bonne Boite API v2 results (file
-- or sync). Each row belongs to its dataset (one file or one synced source), so the same SIRET can appear in two
-- datasets; readers pick per SIRET (e.g. the most recent dataset). Hiring scores are per (SIRET, ROME code).

-- The address becomes one free-text field (our files and the API give no street number apart).
ALTER TABLE company ADD COLUMN address VARCHAR(400);
UPDATE company SET address = NULLIF(TRIM(COALESCE(street_number, '') || ' ' || COALESCE(street, '')), '');
ALTER TABLE company DROP COLUMN street_number;
ALTER TABLE company DROP COLUMN street;

-- La Bonne Boite API v2 gives a city name, postcode and coordinates, not always an INSEE code.
ALTER TABLE company ALTER COLUMN commune_insee SET NULL;
ALTER TABLE company ADD COLUMN city VARCHAR(200);

-- Headcount: the INSEE bracket (headcount_bracket, e.g. '11' = 10 to 19) and/or a range; the range is filled in
-- from the bracket when the source gives only the bracket. headcount_max NULL = open-ended or unknown.
ALTER TABLE company ADD COLUMN headcount_min INTEGER;
ALTER TABLE company ADD COLUMN headcount_max INTEGER;

-- WGS84 position of the establishment (NULL when the source has none: use the commune's centre).
ALTER TABLE company ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE company ADD COLUMN longitude DOUBLE PRECISION;

CREATE INDEX company_position ON company(latitude, longitude);
CREATE INDEX company_naf ON company(naf_code);

-- How likely an establishment is to hire for a ROME code, 0..100 (La Bonne Boite's scale).
-- score_source: 'PUBLISHED' (given by the data), 'ESTIMATED' (derived from ROME <-> NAF hiring weights),
-- 'LISTED' (La Bonne Boite returned the establishment for this ROME without the value: score NULL).
-- rome_code is the code the source gives (ROME 3 and ROME 4 fiche codes share their shape; labour-market data
-- is keyed by ROME 3 codes, and every ROME 4 fiche names its ROME 3 parent).
CREATE TABLE company_hiring_score (
    siret         CHAR(14)     NOT NULL,
    rome_code     CHAR(5)      NOT NULL,
    score         INTEGER,
    score_source  VARCHAR(10)  NOT NULL,
    dataset_key   VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (siret, rome_code, dataset_key),
    CHECK (score IS NULL OR score BETWEEN 0 AND 100),
    CHECK (score_source IN ('PUBLISHED', 'ESTIMATED', 'LISTED'))
);
CREATE INDEX company_hiring_score_rome ON company_hiring_score(rome_code, score);

-- BMO survey (Besoins en main-d'oeuvre, France Travail): hiring projects per BMO occupation x employment area
-- (x departement when an area straddles several), one dataset per survey year. Counts masked by statistical
-- secrecy ('*' in the file) are NULL, never 0. occupation_code is a FAP-2009 code (fap_nomenclature '2009':
-- reaches ROME 3 codes through rome_fap) or a FAP-2021 code ('2021': no ROME crosswalk in the cache yet).
-- Not to be confused with bmo_difficulty (V1): national difficulty shares per FAP x ROME from La Bonne Boite.
CREATE TABLE bmo_project (
    survey_year          INTEGER      NOT NULL,
    occupation_code      VARCHAR(6)   NOT NULL,
    occupation_label     VARCHAR(300),
    fap_nomenclature     VARCHAR(4)   NOT NULL,
    family_code          VARCHAR(6),
    family_label         VARCHAR(300),
    region_code          VARCHAR(3),
    departement_code     VARCHAR(3)   NOT NULL,
    area_code            VARCHAR(6)   NOT NULL,
    area_label           VARCHAR(200),
    projects             INTEGER,
    difficult_projects   INTEGER,
    seasonal_projects    INTEGER,
    dataset_key          VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (survey_year, occupation_code, area_code, departement_code, dataset_key)
);
CREATE INDEX bmo_project_occupation ON bmo_project(occupation_code, area_code);
CREATE INDEX bmo_project_area ON bmo_project(area_code);
