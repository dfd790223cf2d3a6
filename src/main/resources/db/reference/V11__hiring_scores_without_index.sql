-- Hiring scores without an index (issue 11, fifth round of the company import).
--
-- Rebuilding company_hiring_score_siret over the three million scores of a national company import was about 60 %
-- of its index rebuild and a third of its wall time (JFR and CREATE INDEX timed alone, benchmarks.md "Companies
-- import, fifth round"). Its only reader was HiringCompanyReader (the path index build), which now reads the scores
-- once in the table's own row order and sorts them in memory by SIRET, ROME code and dataset, the order this index
-- gave (SortedHiringScores). Uniqueness (SIRET and ROME code per dataset) stays the importer's in-memory check (V10).
-- Without an index, a regional update into a national cache appends its scores instead of updating a B-tree.
DROP INDEX company_hiring_score_siret;
