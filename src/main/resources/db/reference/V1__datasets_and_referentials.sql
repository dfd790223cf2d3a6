-- Reference cache (national job-market data). Flyway scripts are the only schema source:
-- jOOQ generates its classes from these files at build time; the app migrates on every open.
--
-- Every data row belongs to exactly one dataset (one imported file, or one synced source).
-- Replacing a dataset = delete its row here (rows cascade away) and insert the new rows, all in the
-- same transaction as the import, so a reader sees either the old dataset or the new one.

CREATE TABLE dataset (
    dataset_key     VARCHAR(200)  NOT NULL PRIMARY KEY,   -- kind || '/' || scope
    kind            VARCHAR(60)   NOT NULL,               -- DatasetKind.key(), e.g. 'rome4.appellations'
    scope           VARCHAR(120)  NOT NULL,               -- '' for a national referential, else the source (region, file)
    label           VARCHAR(200)  NOT NULL,               -- what it is, in French ('ROME 4 – appellations')
    source          VARCHAR(400)  NOT NULL,               -- file name or API
    version         VARCHAR(60),                          -- '4.60', '2021', '2021-12-21'
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    rows_read       INTEGER       NOT NULL,
    rows_stored     INTEGER       NOT NULL,
    rows_rejected   INTEGER       NOT NULL,
    sha256          VARCHAR(64)   NOT NULL
);

-- ROME: both generations live side by side, told apart by `referential` ('v4' = ROME 4.0, 'v3' = ROME 3).
CREATE TABLE rome_occupation (
    referential       VARCHAR(2)   NOT NULL,
    code              CHAR(5)      NOT NULL,
    ogr               VARCHAR(12)  NOT NULL,
    label             VARCHAR(300) NOT NULL,
    fiche_code        VARCHAR(12),
    parent_code       CHAR(5),                      -- v4 only: the ROME 3 fiche it derives from (the v3 <-> v4 link)
    transition_eco    VARCHAR(120),
    transition_num    VARCHAR(120),
    transition_demo   VARCHAR(120),
    regulated         BOOLEAN      NOT NULL,
    executive         BOOLEAN      NOT NULL,
    dataset_key       VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (referential, code)
);
CREATE INDEX rome_occupation_parent ON rome_occupation(parent_code);

CREATE TABLE rome_appellation (
    referential       VARCHAR(2)   NOT NULL,
    ogr               VARCHAR(12)  NOT NULL,
    label             VARCHAR(300) NOT NULL,
    short_label       VARCHAR(300) NOT NULL,
    rome_code         CHAR(5)      NOT NULL,
    classification    VARCHAR(40),
    rarely_used       BOOLEAN      NOT NULL,
    dataset_key       VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (referential, ogr)
);
CREATE INDEX rome_appellation_code ON rome_appellation(referential, rome_code);

-- v4: ranked links (rank 1 = closest); v3: typed links (PROCHE / EVOLUTION), optionally between appellations.
CREATE TABLE rome_mobility (
    referential         VARCHAR(2)   NOT NULL,
    source_code         CHAR(5)      NOT NULL,
    target_code         CHAR(5)      NOT NULL,
    rank_order          INTEGER,
    mobility_type       VARCHAR(12),
    source_appellation  VARCHAR(12),
    target_appellation  VARCHAR(12),
    dataset_key         VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX rome_mobility_source ON rome_mobility(referential, source_code);

CREATE TABLE rome_grand_domain (
    code        VARCHAR(2)   NOT NULL PRIMARY KEY,
    label       VARCHAR(300) NOT NULL,
    dataset_key VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

CREATE TABLE rome_professional_domain (
    code        VARCHAR(4)   NOT NULL PRIMARY KEY,
    label       VARCHAR(300) NOT NULL,
    dataset_key VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

-- The flattened tree: fiche -> professional domain -> grand domain.
CREATE TABLE rome_tree (
    rome_code                 CHAR(5)      NOT NULL PRIMARY KEY,
    grand_domain_code         VARCHAR(2)   NOT NULL,
    professional_domain_code  VARCHAR(4)   NOT NULL,
    dataset_key               VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

-- Items a fiche is made of. kind: SKILL (savoir-faire / savoir-être, incl. macro-skills), KNOWLEDGE (savoir),
-- CONTEXT (work context), V3_SKILL (ROME 3 competence, whatever its type).
CREATE TABLE rome_item (
    referential   VARCHAR(2)    NOT NULL,
    ogr           VARCHAR(12)   NOT NULL,
    kind          VARCHAR(12)   NOT NULL,
    label         VARCHAR(1000) NOT NULL,
    nature        VARCHAR(60),
    category      VARCHAR(200),
    subcategory   VARCHAR(200),
    definition    VARCHAR(4000),
    macro_ogr     VARCHAR(12),
    dataset_key   VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (referential, ogr, kind)
);

CREATE TABLE rome_coherence_item (
    referential  VARCHAR(2)   NOT NULL,
    rome_code    CHAR(5)      NOT NULL,
    ogr          VARCHAR(12)  NOT NULL,
    core_status  VARCHAR(20),                   -- ROME 4 'coeur_metier': 'Principale', 'Émergente' or NULL
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX rome_coherence_item_code ON rome_coherence_item(referential, rome_code);

CREATE TABLE rome_block (
    code         INTEGER      NOT NULL PRIMARY KEY,
    label        VARCHAR(300) NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

CREATE TABLE rome_rubric (
    code         INTEGER      NOT NULL PRIMARY KEY,
    block_code   INTEGER      NOT NULL,
    position     INTEGER      NOT NULL,
    label        VARCHAR(300) NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

-- unix_liens_rome_referentiels: which item sits in which block / rubric of a fiche.
CREATE TABLE rome_block_link (
    rome_code    CHAR(5)      NOT NULL,
    block_code   INTEGER      NOT NULL,
    rubric_code  INTEGER,
    ogr          VARCHAR(12)  NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX rome_block_link_code ON rome_block_link(rome_code);

CREATE TABLE rome_text (
    rome_code    CHAR(5)       NOT NULL,
    block_code   INTEGER       NOT NULL,
    text_type    VARCHAR(100)  NOT NULL,
    position     INTEGER       NOT NULL,
    text         VARCHAR(8000) NOT NULL,
    dataset_key  VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX rome_text_code ON rome_text(rome_code);

CREATE TABLE rome_riasec (
    rome_code    CHAR(5)      NOT NULL PRIMARY KEY,
    major        CHAR(1)      NOT NULL,
    minor        CHAR(1),
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

CREATE TABLE rome_macro_skill_riasec (
    ogr          VARCHAR(12)  NOT NULL PRIMARY KEY,
    major        CHAR(1),                       -- a few macro-skills have no profile in the export
    minor        CHAR(1),
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

CREATE TABLE rome_naf_sector (
    tech_code    INTEGER      NOT NULL PRIMARY KEY,
    code         VARCHAR(4)   NOT NULL,
    label        VARCHAR(300) NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

CREATE TABLE rome_naf_sector_link (
    sector_code  VARCHAR(4)   NOT NULL,
    rome_ogr     VARCHAR(12)  NOT NULL,
    rome_code    CHAR(5)      NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX rome_naf_sector_link_code ON rome_naf_sector_link(rome_code);

-- Territory -----------------------------------------------------------------------------------------------

CREATE TABLE region (
    code         VARCHAR(3)   NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

CREATE TABLE departement (
    code         VARCHAR(3)   NOT NULL PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    region_code  VARCHAR(3)   NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

CREATE TABLE commune (
    insee_code        CHAR(5)      NOT NULL PRIMARY KEY,
    name              VARCHAR(200) NOT NULL,
    departement_code  VARCHAR(3)   NOT NULL,
    region_code       VARCHAR(3)   NOT NULL,
    latitude          DOUBLE PRECISION,
    longitude         DOUBLE PRECISION,
    dataset_key       VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX commune_departement ON commune(departement_code);

CREATE TABLE commune_postal_code (
    insee_code   CHAR(5)      NOT NULL,
    postal_code  CHAR(5)      NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (insee_code, postal_code)
);
CREATE INDEX commune_postal_code_postal ON commune_postal_code(postal_code);

-- Employment areas (bassins d'emploi). scheme 'BMO': the 4-digit BMO / tension bassins;
-- 'LBB': La Bonne Boite's unpadded codes of the same bassins.
CREATE TABLE employment_area (
    scheme       VARCHAR(4)   NOT NULL,
    code         VARCHAR(6)   NOT NULL,
    label        VARCHAR(200),
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (scheme, code)
);

CREATE TABLE commune_employment_area (
    scheme       VARCHAR(4)   NOT NULL,
    insee_code   CHAR(5)      NOT NULL,
    area_code    VARCHAR(6)   NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (scheme, insee_code)
);

-- Simplified outlines for maps. outline_level: 'region' or 'departement'; geometry: the GeoJSON geometry object.
CREATE TABLE geo_outline (
    outline_level VARCHAR(12) NOT NULL,
    code         VARCHAR(3)   NOT NULL,
    name         VARCHAR(200) NOT NULL,
    geometry     CLOB         NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (outline_level, code)
);

-- Labour market ---------------------------------------------------------------------------------------------

-- France Travail / DARES tension indicators per ROME (v3 code) x BMO bassin; indicators are 1..5 (5 = strongest).
CREATE TABLE tension_indicator (
    reference_year        INTEGER      NOT NULL,
    rome_code             CHAR(5)      NOT NULL,
    area_code             VARCHAR(6)   NOT NULL,
    offers                DOUBLE PRECISION,
    job_seekers           DOUBLE PRECISION,
    tension               INTEGER,
    hiring_intensity      INTEGER,
    labour_shortage       INTEGER,
    non_durable_jobs      INTEGER,
    working_conditions    INTEGER,
    geographic_mismatch   INTEGER,
    training_specificity  INTEGER,
    dataset_key           VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (reference_year, rome_code, area_code)
);
CREATE INDEX tension_indicator_area ON tension_indicator(area_code);

-- Job offers counted per ROME (v3) and territory at an extraction date. territory_level: 'departement' or 'commune';
-- territory_code NULL = offers without a location.
CREATE TABLE offer_count (
    territory_level VARCHAR(12)  NOT NULL,
    territory_code  VARCHAR(5),
    rome_code       CHAR(5)      NOT NULL,
    offers          INTEGER      NOT NULL,
    extracted_on    DATE         NOT NULL,
    dataset_key     VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX offer_count_rome ON offer_count(rome_code, territory_level);

-- BMO survey: national share of hiring projects judged difficult, per FAP-2009 and ROME (v3).
CREATE TABLE bmo_difficulty (
    survey_year     INTEGER      NOT NULL,
    fap_code        VARCHAR(6)   NOT NULL,
    fap_label       VARCHAR(300) NOT NULL,
    difficulty_pct  DECIMAL(5,2) NOT NULL,
    rome_code       CHAR(5)      NOT NULL,
    rome_label      VARCHAR(300) NOT NULL,
    dataset_key     VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX bmo_difficulty_rome ON bmo_difficulty(rome_code);

CREATE TABLE bmo_occupation_difficulty (
    survey_year     INTEGER      NOT NULL,
    occupation      VARCHAR(300) NOT NULL,
    difficulty_pct  DECIMAL(5,2) NOT NULL,
    dataset_key     VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

-- FAP (DARES occupational families) and their ROME crosswalks.
CREATE TABLE rome_fap (
    rome_code      CHAR(5)      NOT NULL,
    qualification  VARCHAR(2),
    fap_code       VARCHAR(6)   NOT NULL,
    rule_name      VARCHAR(40)  NOT NULL,
    dataset_key    VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX rome_fap_rome ON rome_fap(rome_code);

CREATE TABLE fap_label (
    nomenclature  VARCHAR(4)   NOT NULL,
    fap_level     VARCHAR(20)  NOT NULL,
    code          VARCHAR(8)   NOT NULL,
    label         VARCHAR(300) NOT NULL,
    dataset_key   VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (nomenclature, fap_level, code)
);

CREATE TABLE fap_pcs_rome (
    fap_code     VARCHAR(6)   NOT NULL,
    pcs_code     VARCHAR(6)   NOT NULL,
    rome_code    CHAR(5)      NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

-- FAP-2021, one row per finest family with its three parents.
CREATE TABLE fap2021 (
    code_341     VARCHAR(8)   NOT NULL PRIMARY KEY,
    label_341    VARCHAR(300) NOT NULL,
    code_228     VARCHAR(8)   NOT NULL,
    label_228    VARCHAR(300) NOT NULL,
    code_86      VARCHAR(8)   NOT NULL,
    label_86     VARCHAR(300) NOT NULL,
    code_22      VARCHAR(8)   NOT NULL,
    label_22     VARCHAR(300) NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

-- La Bonne Boite reference tables -------------------------------------------------------------------------

-- Hirings observed for a ROME (v3) in establishments of a NAF sub-class: which sectors hire an occupation.
CREATE TABLE rome_naf_hiring (
    rome_code    CHAR(5)      NOT NULL,
    naf_code     CHAR(5)      NOT NULL,
    hirings      INTEGER      NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (rome_code, naf_code)
);
CREATE INDEX rome_naf_hiring_naf ON rome_naf_hiring(naf_code);

CREATE TABLE naf_label (
    code         CHAR(5)      NOT NULL PRIMARY KEY,
    label        VARCHAR(300) NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);

-- "ROME connexes" per employment area (LBB scheme codes), score 0..1, higher = closer.
CREATE TABLE rome_connexe (
    area_code     VARCHAR(6)   NOT NULL,
    rome_code     CHAR(5)      NOT NULL,
    connexe_code  CHAR(5)      NOT NULL,
    score         DOUBLE PRECISION NOT NULL,
    dataset_key   VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (area_code, rome_code, connexe_code)
);

CREATE TABLE contact_mode (
    naf_prefix   CHAR(2)      NOT NULL,
    rome_code    CHAR(5)      NOT NULL,
    mode         VARCHAR(300) NOT NULL,
    dataset_key  VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (naf_prefix, rome_code)
);

-- Establishments (La Bonne Boite's export layout). The trainings-and-companies work extends this table
-- with coordinates and hiring scores.
CREATE TABLE company (
    siret               CHAR(14)     NOT NULL,
    name                VARCHAR(300) NOT NULL,
    trade_name          VARCHAR(300),
    naf_code            CHAR(5),
    street_number       VARCHAR(20),
    street              VARCHAR(300),
    commune_insee       CHAR(5)      NOT NULL,
    postal_code         CHAR(5),
    headcount_bracket   VARCHAR(4),
    created_on          DATE,
    website             VARCHAR(400),
    dataset_key         VARCHAR(200) NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (siret, dataset_key)
);
CREATE INDEX company_commune ON company(commune_insee);
