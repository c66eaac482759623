// The one table Hocuspocus's Database extension reads and writes in the benchmark: the
// whole document state per name, as in the extension's documentation.
export const HOCUSPOCUS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS hocuspocus_documents (
  name text PRIMARY KEY,
  data bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
)`;
