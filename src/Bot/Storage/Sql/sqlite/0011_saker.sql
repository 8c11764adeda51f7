-- The meeting leader's saksliste: the order of a round's saker and which are left out. A sak without
-- a row here comes after the ordered ones, in the order it was sent in.
CREATE TABLE saker_order (
    round_id        TEXT NOT NULL,
    author_id       TEXT NOT NULL,
    position        INTEGER NOT NULL,
    dropped         BOOLEAN NOT NULL,
    updated_by      TEXT NOT NULL,
    updated_at_ms   INTEGER NOT NULL,
    PRIMARY KEY (round_id, author_id)
);
