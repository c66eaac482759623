// The comparison server: @hocuspocus/server with @hocuspocus/extension-database on the same
// PostgreSQL, default settings (store debounced 2 s, at most 10 s; documents unloaded when
// the last client leaves). Run as its own process so it can be measured and SIGKILLed.
//   DATABASE_URL=postgres://… PORT=4412 node --import tsx scripts/bench-collab/hocuspocus-server.ts
import { Database } from "@hocuspocus/extension-database";
import { Server } from "@hocuspocus/server";
import pg from "pg";
import { HOCUSPOCUS_TABLE_SQL } from "./hocuspocus-table";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required");
  const port = Number(process.env.PORT ?? 4412);
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await pool.query(HOCUSPOCUS_TABLE_SQL);

  const server = new Server({
    port,
    address: "127.0.0.1",
    quiet: true,
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          const { rows } = await pool.query<{ data: Buffer }>("SELECT data FROM hocuspocus_documents WHERE name = $1", [documentName]);
          return rows[0] ? new Uint8Array(rows[0].data) : null;
        },
        store: async ({ documentName, state }) => {
          await pool.query(
            `INSERT INTO hocuspocus_documents (name, data) VALUES ($1, $2)
             ON CONFLICT (name) DO UPDATE SET data = EXCLUDED.data, updated_at = now()`,
            [documentName, state],
          );
        },
      }),
    ],
  });
  await server.listen();
  // The orchestrator waits for this line.
  console.log(`hocuspocus ready on ${port}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
