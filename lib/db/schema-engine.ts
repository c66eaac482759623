// Prisma's schema engine compiled to wasm, for the dev-time migration tools
// (`npm run db:migration`, the schema/migrations drift test). The native engine
// cannot be downloaded here; the wasm one runs anywhere Node does.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { applyMigrations, pgliteRunner, readMigrations, type Migration } from "@/lib/db/migrate";

type WasmEngine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};
type EngineModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: unknown, log: (m: string) => void, adapter: object) => Promise<WasmEngine> };
};

let modulePromise: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  modulePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = (await import(bgPath)) as EngineModule;
    const wasmPath = path.join(path.dirname(bgPath), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { "./schema_engine_bg.js": bg as never });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return modulePromise;
}

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export function readSchema(file = "prisma/schema.prisma"): string {
  return readFileSync(file, "utf8");
}

/**
 * SQL that takes a database holding exactly `migrations` to the state `schema` describes.
 * Empty string when they already match. The "from" side is a throwaway in-memory PGlite
 * with the migrations applied, so no shadow database server is needed.
 */
export async function diffMigrationsToSchema(schema = readSchema(), migrations: Migration[] = readMigrations()): Promise<string> {
  const bg = await loadEngineModule();
  const pglite = new PGlite();
  try {
    await applyMigrations(pgliteRunner(pglite), migrations);
    const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite) as never);
    const engine = await bg.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => undefined, factory);
    try {
      const result = await engine.diff({
        from: { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: schema }], configDir: process.cwd() },
        to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
        script: true,
        exitCode: null,
        filters: NO_FILTERS,
      });
      return normaliseScript(result.stdout ?? "");
    } finally {
      engine.free();
    }
  } finally {
    await pglite.close();
  }
}

/** The engine prints a comment when there is nothing to do; treat that as empty. */
function normaliseScript(sql: string): string {
  const meaningful = sql
    .split("\n")
    .filter((l) => l.trim() && !l.trim().startsWith("--"))
    .join("\n");
  return meaningful.trim() ? sql.trim() + "\n" : "";
}
