-- The path engine reads trainings and companies once, sequentially, into in-memory indexes (by ROME code and by
-- latitude); no query filters these tables by ROME code, commune, coordinates, NAF or start date. Every secondary
-- index costs a B-tree update per inserted row, and a national import inserts millions of rows: measured on
-- 100,000 generated companies, these indexes made the import slower (see README, Benchmarks). Joins keep using the
-- primary keys.
DROP INDEX company_position;
DROP INDEX company_naf;
DROP INDEX company_commune;
DROP INDEX company_hiring_score_rome;
DROP INDEX training_rome_code;
DROP INDEX training_action_training;
DROP INDEX training_action_commune;
DROP INDEX training_session_action;
DROP INDEX training_session_start;
