-- Linking a new report to its incident looks up earlier reports of the same place.
CREATE INDEX ix_casualty_facts_place ON casualty_facts (place, is_report);
CREATE INDEX ix_casualty_facts_affiliation ON casualty_facts (affiliation, is_report);
