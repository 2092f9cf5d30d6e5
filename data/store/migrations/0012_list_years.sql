-- 0012: the registers open on one year (issue 9). A year's list is a union
-- of index searches: the records dated in the year (by the indexes of
-- 0002 and 0003) and those still open whatever their year, which these
-- partial indexes hold — a few hundred rows beside the decade's tens of
-- thousands, found without reading the tables.

CREATE INDEX topics_waiting ON topics(state) WHERE state <> 'deliberated';
CREATE INDEX documents_open ON documents(status) WHERE status NOT IN ('closed', 'returned');
