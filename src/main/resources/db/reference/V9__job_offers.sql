-- Live job offers (issue 12) -----------------------------------------------------------------------------------
-- Offers of a France Travail "Offres d'emploi v2" search answer, saved as a file by `sync` (or given to `import`),
-- one dataset per fetched file (scope: the région it was fetched for). fetched_on is the day of the fetch, from the
-- file name: an offer created more than 60 days before it is not shown as live. Coordinates are the API's; without
-- them the engine places the offer at its commune's centre (commune_insee), or counts it as "lieu non précisé".
-- No foreign key to dataset, like every data table since V6: CacheValidator ties each row to its dataset.
CREATE TABLE job_offer (
    id             VARCHAR(40)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    rome_code      CHAR(5)       NOT NULL,
    employer       VARCHAR(300),
    commune_insee  VARCHAR(5),
    commune        VARCHAR(200),
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION,
    created_on     DATE,
    contract       VARCHAR(200),
    fetched_on     DATE          NOT NULL,
    dataset_key    VARCHAR(200)  NOT NULL,
    PRIMARY KEY (dataset_key, id)
);
CREATE INDEX job_offer_rome ON job_offer(rome_code);
