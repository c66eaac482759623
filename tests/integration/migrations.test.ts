import { describe, expect, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate";
import { diffMigrationsToSchema } from "@/lib/db/schema-engine";
import { createTestDb } from "@/tests/support/db";

describe("migrations", () => {
  it("produce exactly the schema in prisma/schema.prisma (empty diff)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  });

  it("report exactly the missing migration when the schema moves ahead of the migrations", async () => {
    const all = readMigrations();
    const last = all.at(-1)!;
    const sql = await diffMigrationsToSchema(undefined, all.slice(0, -1));
    expect(sql.trim()).toBe(last.sql.trim());
  });

  it("apply to a fresh database and record every migration once", async () => {
    const t = await createTestDb();
    try {
      const rows = await t.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
        `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name));
      expect(await t.prisma.user.count()).toBe(0);
    } finally {
      await t.close();
    }
  });
});
