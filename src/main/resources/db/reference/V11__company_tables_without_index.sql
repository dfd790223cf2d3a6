-- Companies and hiring scores without an index (issue 11, fifth round of the company import).
--
-- Rebuilding the two indexes of V10 after a national company import (a million companies, three million scores)
-- was about half of its wall time (JFR; CREATE INDEX timed alone: the scores' index about 5 times the companies'),
-- and their garbage (H2 sorts in temporary maps of the same file) a good part of what the compaction at close
-- removes. Their only reader was HiringCompanyReader (the path index build), which now reads both tables once in
-- their own row order and sorts in memory by SIRET, ROME code and dataset, the order these indexes gave
-- (SortedHiringScores). Uniqueness (a SIRET; a SIRET and ROME code, per dataset) stays the importer's in-memory
-- check (V10). Without indexes, a regional update into a national cache appends its rows instead of updating B-trees.
DROP INDEX company_siret;
DROP INDEX company_hiring_score_siret;
