// The CSV and XLSX exports through the route handler: the same filters as the table, only the
// person's groups, translated headings; the XLSX is read back with exceljs.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import ExcelJS from "exceljs";
import { setDb } from "@/lib/db/client";
import { addDaysToDate, dateToDb, todayIn } from "@/lib/actions/due";
import { GET } from "@/app/api/actions/export/route";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildAction, buildActionsScene } from "@/tests/support/action-factories";
import { setTestLocale } from "@/tests/support/next-intl-mock";
import { signInAs, signOut } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

async function scene() {
  const s = await buildActionsScene(t.prisma);
  const today = todayIn(new Date());
  const base = { groupId: s.group.id, ownerInstitutionId: s.institution.id, responsibleUserId: s.member.id };
  await buildAction(t.prisma, { ...base, number: 1, title: '=HYPERLINK("http://zly.example","kliknij")', description: "Opis, z przecinkiem\ni nową linią", dueDate: dateToDb(addDaysToDate(today, -3)) });
  await buildAction(t.prisma, { ...base, number: 2, title: "Uruchomić punkt kontaktowy", status: "IN_PROGRESS", progressPercent: 40, dueDate: dateToDb("2031-06-30") });
  await buildAction(t.prisma, { ...base, number: 3, title: "Wykonane", status: "DONE" });
  const foreign = await buildActionsScene(t.prisma);
  await buildAction(t.prisma, { groupId: foreign.group.id, ownerInstitutionId: foreign.institution.id, title: "Obca grupa" });
  return s;
}

function get(query: string) {
  return GET(new Request(`http://localhost:3000/api/actions/export?${query}`));
}

describe("export", () => {
  it("writes the filtered list as CSV with Polish headings and safe cells", async () => {
    const s = await scene();
    await signInAs(s.observer);
    const response = await get(`format=csv&group=${s.group.id}&status=OPEN&status=IN_PROGRESS`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="dzialania-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await response.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Nr,Grupa,Tytuł,Status,Termin,Stan terminu,Priorytet,Instytucja odpowiedzialna,Osoba odpowiedzialna,Zastępca,Postęp (%),Powód wstrzymania,Źródło,Opis,Ostatnia zmiana");
    expect(text).toContain(`"'=HYPERLINK(""http://zly.example"",""kliknij"")"`);
    expect(text).toContain('"Opis, z przecinkiem\ni nową linią"');
    expect(text).toContain("3 dni po terminie");
    expect(text).toContain("#2,");
    expect(text).not.toContain("Wykonane");
    expect(text).not.toContain("Obca grupa");
    expect(lines.filter(Boolean)).toHaveLength(3);
  });

  it("writes XLSX with real dates and numbers, in English for an English user", async () => {
    const s = await scene();
    await t.prisma.user.update({ where: { id: s.member.id }, data: { locale: "en" } });
    setTestLocale("en");
    await signInAs(s.member);
    const response = await get(`format=xlsx&group=${s.group.id}&sort=number&dir=desc`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Actions")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(["No.", "Group", "Title", "Status", "Due date"]);
    const rows = [2, 3, 4].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    expect(rows.map((r) => r[0])).toEqual([3, 2, 1]);
    expect(rows[1]![2]).toBe("Uruchomić punkt kontaktowy");
    expect(rows[1]![3]).toBe("In progress");
    expect((rows[1]![4] as Date).toISOString()).toBe("2031-06-30T00:00:00.000Z");
    expect(rows[1]![10]).toBe(40);
    expect(sheet.rowCount).toBe(4);
    setTestLocale("pl");
  });

  it("refuses an unknown format and a signed-out request", async () => {
    const s = await scene();
    await signInAs(s.member);
    const bad = await get("format=pdf");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
    signOut();
    expect((await get("format=csv")).status).toBe(401);
  });
});
