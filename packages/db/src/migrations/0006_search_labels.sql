-- Search also finds records by the labels of their coded fields (sector, application,
-- techniques, province) in both languages. The table is rebuilt; the catalogue code
-- re-indexes every record when it finds the index behind (ensureSearchIndex).
DROP TABLE deployments_fts;
CREATE VIRTUAL TABLE deployments_fts USING fts5(
  title, summary, agency, sources, labels,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
