// One Prisma client per process. The custom server and the Next.js bundles are
// separate module graphs in the same process, so the instance lives on globalThis:
// with PGlite only one handle may own the data directory.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;
/** A transaction client, accepted by every data function so callers can compose writes. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

type Holder = { prisma?: PrismaClient; pglite?: PGlite };
const holder = globalThis as unknown as { __quorumDb?: Holder };
holder.__quorumDb ??= {};

export function createPrismaClient(options: { databaseUrl?: string; pglite?: PGlite } = {}): {
  prisma: PrismaClient;
  pglite?: PGlite;
} {
  const url = options.databaseUrl ?? (options.pglite ? undefined : env.databaseUrl);
  if (url) {
    const adapter = new PrismaPg({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return { prisma: new PrismaClient({ adapter }) };
  }
  if (!options.pglite) mkdirSync(path.join(env.dataDir, "pgdata"), { recursive: true });
  const pglite = options.pglite ?? new PGlite(path.join(env.dataDir, "pgdata"));
  return { prisma: new PrismaClient({ adapter: new PrismaPGlite(pglite) }), pglite };
}

/** The process-wide client; created on first use. */
export function getDb(): PrismaClient {
  const h = holder.__quorumDb!;
  if (!h.prisma) {
    const { prisma, pglite } = createPrismaClient();
    h.prisma = prisma;
    h.pglite = pglite;
  }
  return h.prisma;
}

/** Installs a client made elsewhere (tests, the server's start-up) as the process-wide one. */
export function setDb(prisma: PrismaClient, pglite?: PGlite): void {
  holder.__quorumDb = { prisma, pglite };
}

export function getPglite(): PGlite | undefined {
  return holder.__quorumDb?.pglite;
}

export async function closeDb(): Promise<void> {
  const h = holder.__quorumDb;
  if (!h) return;
  await h.prisma?.$disconnect();
  await h.pglite?.close();
  holder.__quorumDb = {};
}

/** Lazy proxy so modules can `import { db }` without opening a connection at import time. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb() as unknown as Record<string | symbol, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});
