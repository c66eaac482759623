// The production server on a throwaway database for the end-to-end tests: a fresh
// PostgreSQL database when the local server is reachable, else PGlite in a temp folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPostgresDatabase, findAdminUrl } from "@/tests/support/db";

(process.env as Record<string, string>).NODE_ENV = "production";
process.env.LOG_LEVEL ??= "warn";
// Only the test SMTP server the suite starts (E2E_SMTP_URL), never a real one from the environment.
if (process.env.E2E_SMTP_URL) process.env.SMTP_URL = process.env.E2E_SMTP_URL;
else delete process.env.SMTP_URL;

const adminUrl = await findAdminUrl();
let cleanup: () => Promise<void> | void;
if (adminUrl) {
  const database = await createPostgresDatabase(adminUrl);
  process.env.DATABASE_URL = database.url;
  cleanup = () => database.drop();
} else {
  const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-e2e-"));
  process.env.QUORUM_DATA_DIR = dir;
  cleanup = () => rmSync(dir, { recursive: true, force: true });
}
process.env.NEXTAUTH_SECRET ??= "quorum-e2e-secret-0123456789abcdef";

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void Promise.resolve(cleanup()).finally(() => process.exit(0));
  });
}

await import("@/server/main");
