-- Reminders claim their notices many rows per statement: each run marks the rows it inserted with its own
-- claim token, so that it knows which notices are its to send while another instance claims at the same time.
ALTER TABLE deadline_notice ADD COLUMN claim CHAR(36) NULL;
CREATE INDEX ix_deadline_notice_claim ON deadline_notice (claim);
