// The npm registry reachable here serves only the Linux builds of native packages, so
// `npm install` leaves the macOS/Windows/other optional binaries out of package-lock.json
// and `npm ci` then refuses the lock as out of sync. This adds lock entries for those
// optional platform packages, with the os/cpu/libc npm needs to skip them without a
// download. Run it after every `npm install` that changes the lock:
//   npm install && node scripts/lock-platform-stubs.mjs
import { readFileSync, writeFileSync } from "node:fs";

const file = "package-lock.json";
const lock = JSON.parse(readFileSync(file, "utf8"));
const packages = lock.packages;

function platformOf(name) {
  const id = name.split("/").pop();
  const os = ["darwin", "win32", "linux", "android", "freebsd", "openharmony", "netbsd", "openbsd", "sunos", "aix"].find((o) => id.includes(`-${o}-`));
  const cpu = [
    ["wasm32", /-wasm32/],
    ["arm64", /-arm64/],
    ["x64", /-x64/],
    ["ia32", /-ia32/],
    ["riscv64", /-riscv64/],
    ["loong64", /-loong64/],
    ["ppc64", /-ppc64/],
    ["s390x", /-s390x/],
    ["arm", /-arm(-|$)/],
  ].find(([, re]) => re.test(id))?.[0];
  const libc = /-gnu/.test(id) ? "glibc" : /-musl/.test(id) ? "musl" : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [path, meta] of Object.entries(packages)) {
  for (const [dep, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path ? `${path}/` : ""}node_modules/${dep}`;
    if (packages[nested] || packages[`node_modules/${dep}`]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!cpu) continue; // not a platform binary: leave it to npm
    const version = spec.replace(/^[\^~=]/, "");
    packages[`node_modules/${dep}`] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(meta.dev ? { dev: true } : {}),
      ...(libc ? { libc: [libc] } : {}),
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
if (added === 0) {
  console.log("lock: nothing to add");
  process.exit(0);
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock: added ${added} optional platform entries`);
