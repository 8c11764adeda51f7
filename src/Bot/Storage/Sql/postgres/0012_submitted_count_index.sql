-- Each submit counts the round's delivered notes inside its write transaction (the count on the
-- channel post). Covering that count by an index reads small index entries, not every version's
-- answers, so the count no longer grows the writer's transaction with the size of the notes.
CREATE INDEX ix_collection_versions_delivered ON collection_versions (round_id, is_draft, author_id);
