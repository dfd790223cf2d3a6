-- The personal database (issue 13), encrypted by H2 (CIPHER=AES) with a random data key.
-- Ids are random UUIDs and every row carries its last change time, so that a later sync can add an outbox table
-- (entity, id, changed_at) without touching these tables.
-- Deliberately absent: any national identification number (NIR) and any health or disability status (RQTH is asked
-- for one funding computation and never stored).

CREATE TABLE person (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200),
    -- The path request as typed (job, commune, radius, level, funding answers), as JSON: the profile screens may add
    -- fields without a migration here.
    request     VARCHAR(8000) NOT NULL,
    created     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The end of support when it is known; retention counts from the later of this and the last change.
    support_end DATE
);

CREATE TABLE person_note (
    id        VARCHAR(36)   NOT NULL PRIMARY KEY,
    person_id VARCHAR(36)   NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    body      VARCHAR(20000) NOT NULL,
    written   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX person_note_person ON person_note (person_id);

-- A path or plan as it was at the end of an interview: the chosen occupation, training and funding answer, with the
-- dates of the data they came from, so that the next interview starts where this one ended.
CREATE TABLE saved_path (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    person_id  VARCHAR(36)   NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    saved_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    rome       VARCHAR(5)    NOT NULL,
    occupation VARCHAR(300)  NOT NULL,
    training   VARCHAR(500),
    funding    VARCHAR(4000),
    data_as_of VARCHAR(4000)
);
CREATE INDEX saved_path_person ON saved_path (person_id, saved_at);
