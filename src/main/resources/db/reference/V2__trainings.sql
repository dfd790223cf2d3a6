-- Trainings ------------------------------------------------------------------------------------------------
-- After the LHEO model of the Carif-Oref network: a training ("formation": what is taught, which
-- certification, which organisation) has actions ("action": where, how many hours, what price, how), and an
-- action has sessions ("session": when). The Mon Compte Formation (CPF) catalogue maps onto the same tables.
--
-- One dataset per source file: a regional catalogue replaces only itself. Identifiers are the source's own
-- (LHEO @numero) or, when it has none, derived from the file (see README.md, "Trainings"). They are unique within a
-- dataset only, hence the (id, dataset_key) primary keys: two regional catalogues may list the same training.
-- No foreign keys between these tables: rows are written in batches per table, and the importer guarantees
-- that every action names a training of its dataset and every session an action of its dataset.

CREATE TABLE training (
    training_id               VARCHAR(200)  NOT NULL,
    title                     VARCHAR(500)  NOT NULL,   -- whitespace collapsed
    objective                 CLOB,                     -- as published (ONISEP escapes HTML in it)
    certifying                BOOLEAN,                  -- LHEO certifiante; NULL when the source does not say
    entry_level               INTEGER,                  -- LHEO dict-niveaux: 0..8 old scale, 11..18 = niveaux 1..8
    exit_level                INTEGER,
    rncp_code                 VARCHAR(12),
    certifinfo_code           VARCHAR(12),
    rs_code                   VARCHAR(12),              -- Répertoire spécifique (LHEO 2.3 code-RS, CPF codeInventaire)
    provider_siret            CHAR(14),
    provider_name             VARCHAR(300),
    provider_numero           VARCHAR(60),              -- the source's id of the organisation (LHEO organisme @numero)
    provider_activity_number  VARCHAR(11),              -- numéro de déclaration d'activité (LHEO numero-activite)
    dataset_key               VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (training_id, dataset_key)
);

-- The training's Formacode descriptors (LHEO domaine-formation/code-FORMACODE, at most 5); one is principal.
CREATE TABLE training_formacode (
    training_id        VARCHAR(200)  NOT NULL,
    formacode          CHAR(5)       NOT NULL,
    principal          BOOLEAN       NOT NULL,
    formacode_version  VARCHAR(10),                     -- LHEO @ref, e.g. 'V12'; NULL when not given
    dataset_key        VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (training_id, formacode, dataset_key)
);
CREATE INDEX training_formacode_code ON training_formacode(formacode);

-- The occupations a training leads to (LHEO code-ROME, CPF proximiteRomes): ROME 3 codes.
CREATE TABLE training_rome (
    training_id  VARCHAR(200)  NOT NULL,
    rome_code    CHAR(5)       NOT NULL,
    dataset_key  VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (training_id, rome_code, dataset_key)
);
CREATE INDEX training_rome_code ON training_rome(rome_code);

-- Money in euro cents incl. tax; NULL = unknown (never 0 for unknown: 0 means free for the trainee).
-- teaching_mode: 0 entirely face to face, 1 mixed, 2 entirely remote (LHEO modalites-enseignement).
-- The place is the first lieu-de-formation of the action (LHEO 2.3 allows several).
CREATE TABLE training_action (
    action_id           VARCHAR(200)  NOT NULL,
    training_id         VARCHAR(200)  NOT NULL,
    hours_total         INTEGER,
    hours_centre        INTEGER,
    hours_company       INTEGER,
    total_price_cents   BIGINT,
    hourly_price_cents  BIGINT,
    teaching_mode       INTEGER,
    commune_insee       CHAR(5),
    postal_code         CHAR(5),
    city                VARCHAR(200),
    address_line        VARCHAR(400),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    cpf_eligible        BOOLEAN,                        -- NULL = the source does not say
    entry_conditions    CLOB,
    dataset_key         VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (action_id, dataset_key),
    CHECK (hours_total IS NULL OR hours_total >= 0),
    CHECK (hours_centre IS NULL OR hours_centre >= 0),
    CHECK (hours_company IS NULL OR hours_company >= 0),
    CHECK (total_price_cents IS NULL OR total_price_cents >= 0),
    CHECK (hourly_price_cents IS NULL OR hourly_price_cents >= 0),
    CHECK (teaching_mode IS NULL OR teaching_mode BETWEEN 0 AND 2)
);
CREATE INDEX training_action_training ON training_action(training_id);
CREATE INDEX training_action_commune ON training_action(commune_insee);

-- Who funds places on an action (LHEO organisme-financeur/code-financeur, dict-financeurs 0..20).
CREATE TABLE training_funder (
    action_id      VARCHAR(200)  NOT NULL,
    funder_code    INTEGER       NOT NULL,
    funded_places  INTEGER,
    dataset_key    VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (action_id, funder_code, dataset_key)
);

-- Dates as precise as the source: precision DAY, MONTH ('202503' = some day of March 2025, stored as
-- 2025-03-01), YEAR (stored as January 1st) or UNKNOWN (date NULL; LHEO 00000000 / 99999999).
-- registration_state: LHEO etat-recrutement 1 open, 2 closed, 3 suspended.
CREATE TABLE training_session (
    session_id          VARCHAR(200)  NOT NULL,
    action_id           VARCHAR(200)  NOT NULL,
    start_date          DATE,
    start_precision     VARCHAR(7)    NOT NULL,
    end_date            DATE,
    end_precision       VARCHAR(7)    NOT NULL,
    registration_state  INTEGER,
    dataset_key         VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (session_id, dataset_key)
);
CREATE INDEX training_session_action ON training_session(action_id);
CREATE INDEX training_session_start ON training_session(start_date);

-- Formacode thesaurus (Centre Inffo): one row per descriptor.
CREATE TABLE formacode (
    code                 CHAR(5)       NOT NULL PRIMARY KEY,
    label                VARCHAR(300)  NOT NULL,
    descriptor_type      VARCHAR(100),                  -- DOM, DIP, PUB, OUT... ('PAY | DOM' when several)
    semantic_field_code  VARCHAR(3),                    -- '317'
    semantic_field       VARCHAR(200),                  -- 'MANUTENTION'
    generic_code         CHAR(5),                       -- the broader descriptor (parent), if any
    nsf_code             VARCHAR(3),
    synonyms             VARCHAR(4000),                 -- non-preferred terms, ' | '-separated ('CACES | sécurité cariste')
    definition           VARCHAR(4000),
    dataset_key          VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE
);
CREATE INDEX formacode_generic ON formacode(generic_code);

-- ROME 3 occupation <-> Formacode descriptor correspondences, with the table they come from.
CREATE TABLE rome_formacode (
    rome_code        CHAR(5)       NOT NULL,
    formacode        CHAR(5)       NOT NULL,
    formacode_label  VARCHAR(300),                      -- the label printed by the source (its Formacode edition)
    source           VARCHAR(60)   NOT NULL,            -- e.g. 'formacode-v11-rome'
    dataset_key      VARCHAR(200)  NOT NULL REFERENCES dataset(dataset_key) ON DELETE CASCADE,
    PRIMARY KEY (rome_code, formacode, dataset_key)
);
CREATE INDEX rome_formacode_formacode ON rome_formacode(formacode);
