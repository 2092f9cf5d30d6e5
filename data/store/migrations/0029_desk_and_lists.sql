-- 0029: the 工作台 and the meeting list read what they show (issue 19). The
-- countersigns not yet answered, by the deadline in force (the extension
-- when there is one): the desk lists those due within three working days
-- or past, where it used to read all 24,000 countersigns of a decade on
-- every open. The 纪要 not yet signed: a handful beside a decade's signed.

CREATE INDEX countersigns_waiting ON countersigns(CASE WHEN extended_to <> '' THEN extended_to ELSE due END) WHERE reply = '';
CREATE INDEX minutes_unsigned ON minutes(stage) WHERE stage <> 'signed';

-- The meeting list shows each meeting's head count (participants but the
-- staff): with the role beside the meeting in an index, a year's 500
-- meetings are counted from the index instead of looking up each of their
-- 30,000 participant rows for its role.
CREATE INDEX participants_role ON participants(meeting_id, role);
