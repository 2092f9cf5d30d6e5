-- 0005: the countersigning units' signatures on the lead unit's summary of a
-- disagreement (四十八): the lead unit lists each side's reasons and its
-- proposal, the units that disagreed countersign it, then it goes up.

CREATE TABLE dispute_signs (
    doc_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    unit_id   INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
    signer    TEXT    NOT NULL CHECK (signer <> ''),
    signed_on TEXT    NOT NULL,
    PRIMARY KEY (doc_id, unit_id)
) STRICT;
CREATE INDEX dispute_signs_unit ON dispute_signs(unit_id);
