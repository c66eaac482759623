// `npm start` builds first when there is no production build, or when the sources
// changed since the last one, so a fresh clone needs only `npm install && npm start`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const roots = ["app", "components", "lib", "i18n", "messages", "next.config.js", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const hash = createHash("sha256");
function walk(p) {
  if (!existsSync(p)) return;
  const st = statSync(p);
  if (st.isDirectory()) {
    if (p.endsWith("generated")) return;
    for (const name of readdirSync(p).sort()) walk(path.join(p, name));
  } else if (!/\.test\.tsx?$/.test(p)) {
    hash.update(p).update(readFileSync(p));
  }
}
roots.forEach(walk);
const digest = hash.digest("hex");
const stamp = ".next/quorum-source-hash";
if (existsSync(".next/BUILD_ID") && existsSync(stamp) && readFileSync(stamp, "utf8") === digest) process.exit(0);

console.log("Building Quorum (first start or sources changed)…");
const res = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
if (res.status !== 0) process.exit(res.status ?? 1);
writeFileSync(stamp, digest);
