-- The outbox (issue 12, push): the counsellor's work waiting for the agency, in the same encrypted database as the rows
-- it reports, written in the same transaction as the change (a crash leaves both or neither).
-- An item is pending until the agency acknowledged it; then it is sent (its payload dropped, except for a conflict,
-- which the counsellor must be able to see), or rejected (kept with the agency's reason, never dropped).
-- Erasing a person deletes every item about her and queues one erasure item that carries no personal value.

-- The revision of a person's profile: 1 when created, +1 at each update; an update's item carries the revision it was
-- based on, so that the agency tells an edit made on another laptop from the same base (sync.md, "Conflicts").
ALTER TABLE person ADD COLUMN revision BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE outbox_item (
    -- Made on this laptop (random UUID), also the Idempotency-Key: pushed twice, stored once at the agency.
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    -- The push order; never reused (erasing a person keeps the highest one: its erasure item takes a newer number).
    sequence      BIGINT        NOT NULL UNIQUE,
    -- profil, note, parcours, effacement (the wire names of the agency endpoint)
    kind          VARCHAR(20)   NOT NULL,
    -- The person's id: no foreign key, the erasure item outlives her row.
    subject       VARCHAR(36)   NOT NULL,
    revision      BIGINT        NOT NULL,
    base_revision BIGINT        NOT NULL,
    -- This laptop's name (sync.properties, laptop) when the item was made.
    origin        VARCHAR(200)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    payload       VARCHAR(40000),
    -- pending, sent, rejected
    state         VARCHAR(10)   NOT NULL,
    -- The agency's acknowledgement (recu, deja-recu, conflit) or its reason to refuse.
    status        VARCHAR(20),
    reason        VARCHAR(2000),
    done_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX outbox_item_state ON outbox_item (state, sequence);
CREATE INDEX outbox_item_subject ON outbox_item (subject);
