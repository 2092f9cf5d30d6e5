-- 0029: the 工作台 reads what is waiting, not the years (issue 19). The
-- countersigns not yet answered, by the deadline in force (the extension
-- when there is one): the desk lists those due within three working days
-- or past, where it used to read all 24,000 countersigns of a decade on
-- every open. The 纪要 not yet signed: a handful beside a decade's signed.

CREATE INDEX countersigns_waiting ON countersigns(CASE WHEN extended_to <> '' THEN extended_to ELSE due END) WHERE reply = '';
CREATE INDEX minutes_unsigned ON minutes(stage) WHERE stage <> 'signed';
