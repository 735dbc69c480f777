-- An incident's evidence is its first report (WHERE incident_id = ? ORDER BY id LIMIT 1). With the
-- incident's facts indexed by id too, that is one index seek; on the index of incident_id alone
-- PostgreSQL chose to walk the facts' primary key for the first match instead, over 100 ms per panel
-- at 100,000 articles. The new index answers every lookup the old one did.
CREATE INDEX ix_casualty_facts_incident_first ON casualty_facts (incident_id, id);
DROP INDEX ix_casualty_facts_incident;
