-- One actor's totals over all its days, read by the actors list and the actor box per matching actor.
CREATE INDEX ix_daily_actor_totals_actor ON daily_actor_totals (actor_id, day);
