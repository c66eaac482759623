import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { GET } from "@/app/api/health/route";
import { createTestDb, type TestDb } from "@/tests/support/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t?.close());

describe("GET /api/health", () => {
  it("answers 200 with the database status when the database answers", async () => {
    setDb(t.prisma);
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", db: "ok" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 when the database does not", async () => {
    // A server that refuses connections: nothing listens on port 1.
    const { prisma } = createPrismaClient({ databaseUrl: "postgresql://postgres@127.0.0.1:1/none?connect_timeout=2" });
    setDb(prisma);
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "error", db: "unreachable" });
    } finally {
      await prisma.$disconnect();
      setDb(t.prisma);
    }
  });
});
