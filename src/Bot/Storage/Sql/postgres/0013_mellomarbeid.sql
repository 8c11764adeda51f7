-- Mellomarbeid: the agreement a veilederteam member writes after a veiledning (seed 001 §5.2). One row
-- per school and veiledningsrunde; its round on the collection engine collects the school's feedback.
CREATE TABLE mellomarbeid_agreements (
    round_id         TEXT NOT NULL PRIMARY KEY,
    tenant_id        TEXT NOT NULL,
    school_unit_id   TEXT NOT NULL,
    round_number     INTEGER NOT NULL,
    agreement_json   TEXT NOT NULL,
    written_by       TEXT NOT NULL,
    created_at_ms    BIGINT NOT NULL,
    UNIQUE (tenant_id, school_unit_id, round_number)
);
