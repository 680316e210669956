-- The journal's own id (docs/fhir.md): a random UUID made once, the root of every id in its
-- FHIR exports, so a clinic system recognises exports of the same journal as one patient's.
-- It stays with the file (backups and restores keep it); a JSON export does not carry it.
INSERT INTO setting (key, value)
SELECT 'journal_id', lower(
    hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
    || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(hex(randomblob(2)), 2)
    || '-' || hex(randomblob(6)))
WHERE NOT EXISTS (SELECT 1 FROM setting WHERE key = 'journal_id');
