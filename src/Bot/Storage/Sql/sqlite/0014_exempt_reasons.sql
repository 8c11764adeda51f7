-- Why a person is excused from a round (fritak): sykemeldt, permisjon or annet. The exemption itself is
-- the 'exempt' row in collection_people; this row goes with it and is removed when it is taken back.
CREATE TABLE collection_exempt_reasons (
    round_id        TEXT NOT NULL REFERENCES collection_rounds (round_id),
    user_id         TEXT NOT NULL,
    reason          TEXT NOT NULL,
    set_by          TEXT NOT NULL,
    set_at_ms       BIGINT NOT NULL,
    PRIMARY KEY (round_id, user_id)
);
