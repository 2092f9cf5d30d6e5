-- 0030: the 工作台's decisions read the decisions that may owe their
-- publication or 跟踪评估 (issue 19): those of the meetings whose decisions
-- are published, found by the year's meetings, and the major ones of any
-- meeting. The major ones, a few a year, are found here by their meeting,
-- where the desk used to read every topic of the year's 500 meetings (3,000
-- rows on the ten-year data) to find them by their flags. The condition is
-- the one the desk's query writes, so that SQLite knows the index holds them.

CREATE INDEX topics_major ON topics(meeting_id) WHERE instr(flags, 'major') > 0;
