-- 0023: The 工作台 lists the filings of towns and departments still waiting for a
-- step (十九): registration, review, or the order on one found at fault.
-- A partial index keeps that read to the open ones however many years of
-- filings the register holds.
CREATE INDEX normative_filings_open ON normative_filings(received_on)
    WHERE registered_on = '' OR review = '' OR (review <> 'pass' AND order_kind = '');
