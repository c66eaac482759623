// Generates the Prisma client offline: the native schema engine cannot be downloaded
// here, and `prisma generate` does not need it, so we point it at /bin/true.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const bin = existsSync("node_modules/.bin/prisma") ? "node_modules/.bin/prisma" : "prisma";
const res = spawnSync(bin, ["generate"], {
  stdio: "inherit",
  env: { PRISMA_SCHEMA_ENGINE_BINARY: "/bin/true", PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1", ...process.env },
});
process.exit(res.status ?? 1);
