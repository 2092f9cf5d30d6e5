-- 0025: the 发文字号 of notices (issue 15). A notice takes the next number
-- of its year when it is issued (发出通知) and keeps it: re-exported, or
-- withdrawn and sent again, it prints the same number. The counter is a
-- row per year holding the last number given, so that a number is never
-- given twice, even when its meeting is later deleted.
ALTER TABLE meetings ADD COLUMN notice_number TEXT NOT NULL DEFAULT '';
CREATE TABLE notice_numbers (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 9999),
    last INTEGER NOT NULL CHECK (last >= 0)
) STRICT;

-- The meetings' rows gained a column, which changes what the ledger hashes:
-- it records each row as it now stands (ledgerStart), as 0014 did.
INSERT OR IGNORE INTO ledger_dirty SELECT 'meetings', rowid FROM meetings;
