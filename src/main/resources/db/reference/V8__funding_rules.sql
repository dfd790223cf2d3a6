-- Funding rules (issue 9) --------------------------------------------------------------------------------------
-- An imported rules document (kind funding.rules), stored as validated: the importer has read and checked the
-- whole YAML or JSON document before this row is written, and the engine reads it back with the same reader. One
-- row per dataset; a new import replaces it like any dataset. Without a row, the rules bundled in the jar apply.
-- No foreign key to dataset, like every data table since V6: CacheValidator ties each row to its dataset.
CREATE TABLE funding_rules (
    version      VARCHAR(100)  NOT NULL,   -- the document's own version field, e.g. '2026-11-30'
    document     CLOB          NOT NULL,   -- the document as imported (UTF-8 text)
    dataset_key  VARCHAR(200)  NOT NULL,
    PRIMARY KEY (dataset_key)
);
