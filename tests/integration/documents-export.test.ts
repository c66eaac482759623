// Exports through the real route handler: DOCX (unzipped, text checked in word/document.xml),
// PDF (header and metadata; pdfmake compresses page streams), permissions and bad input.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import JSZip from "jszip";
import { setDb } from "@/lib/db/client";
import { getCurrentUser } from "@/lib/auth/current-user";
import { GET } from "@/app/api/documents/[id]/export/route";
import { exportDocument } from "@/lib/documents/export";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles } from "@/tests/support/factories";
import { buildDocument, buildMeeting } from "@/tests/support/document-factories";
import { signInAs, signOut } from "@/tests/support/session";
import type { ProseMirrorJson } from "@/lib/editor/content";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

const text = (value: string, marks?: ProseMirrorJson["marks"]): ProseMirrorJson => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const p = (...content: ProseMirrorJson[]): ProseMirrorJson => ({ type: "paragraph", content });

const richContent: ProseMirrorJson = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [text("Cele strategii")] },
    p(text("Wsparcie dla "), text("migrantów powracających", [{ type: "bold" }]), text(" i "), text("pracodawców", [{ type: "italic" }, { type: "link", attrs: { href: "https://siph.example" } }])),
    { type: "bulletList", content: [{ type: "listItem", content: [p(text("punkt kontaktowy"))] }] },
    { type: "orderedList", content: [{ type: "listItem", content: [p(text("szkolenia"))] }] },
    { type: "taskList", content: [{ type: "taskItem", attrs: { checked: true }, content: [p(text("ankieta"))] }] },
    {
      type: "table",
      content: [
        { type: "tableRow", content: [{ type: "tableHeader", content: [p(text("Działanie"))] }, { type: "tableHeader", content: [p(text("Termin"))] }] },
        { type: "tableRow", content: [{ type: "tableCell", content: [p(text("Strona regionalna"))] }, { type: "tableCell", content: [p(text("III kwartał"))] }] },
      ],
    },
    { type: "blockquote", content: [p(text("Zażółć gęślą jaźń"))] },
    p(text("Odpowiada "), { type: "mention", attrs: { id: "institution:x", label: "WUP Kielce" } }),
  ],
};

async function documentXml(body: Buffer | ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  return zip.file("word/document.xml")!.async("string");
}

/** pdfkit writes non-ASCII info strings as UTF-16BE with a byte-order mark. */
function pdfInfoString(value: string): Buffer {
  const utf16 = Buffer.from(value, "utf16le");
  for (let i = 0; i < utf16.length; i += 2) [utf16[i], utf16[i + 1]] = [utf16[i + 1]!, utf16[i]!];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), utf16]);
}

function request(id: string, format: string) {
  return GET(new Request(`http://localhost:3000/api/documents/${id}/export?format=${format}`), { params: Promise.resolve({ id }) });
}

describe("DOCX export", () => {
  it("is a real Word file with the title, formatting and every block's text", async () => {
    const { group, observer, institution } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id, title: "Strategia wsparcia migrantów powracających", content: richContent, ownerInstitutionId: institution.id });
    // Observers only read, but may take a copy.
    await signInAs(observer);
    const response = await request(doc.id, "docx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="strategia-wsparcia-migrantow-powracajacych.docx"; filename*=UTF-8''Strategia%20wsparcia%20migrant%C3%B3w%20powracaj%C4%85cych.docx`,
    );
    const xml = await documentXml(await response.arrayBuffer());
    for (const expected of ["Strategia wsparcia migrantów powracających", "Cele strategii", "migrantów powracających", "punkt kontaktowy", "szkolenia", "ankieta", "Strona regionalna", "III kwartał", "Zażółć gęślą jaźń", "@WUP Kielce", institution.name]) {
      expect(xml).toContain(expected);
    }
    expect(xml).toContain("<w:b/>");
    expect(xml).toContain("<w:tbl>");
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
  });

  it("adds the meeting's details and the attendance annex to minutes", async () => {
    const { group, coordinator, member, institution } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(t.prisma, { groupId: group.id, status: "HELD", organiserInstitutionId: institution.id });
    await t.prisma.attendance.createMany({
      data: [
        { meetingId: meeting.id, userId: coordinator.id, institutionId: institution.id, status: "PRESENT" },
        { meetingId: meeting.id, userId: member.id, institutionId: institution.id, status: "ABSENT" },
      ],
    });
    const doc = await buildDocument(t.prisma, { groupId: group.id, kind: "MINUTES", title: "Protokół z posiedzenia", meetingId: meeting.id, minutesOfMeetingId: meeting.id });
    await signInAs(member);
    const current = (await getCurrentUser())!;
    const file = await exportDocument(current, doc.id, "docx");
    const xml = await documentXml(file.body);
    expect(xml).toContain("IV posiedzenie plenarne");
    expect(xml).toContain("wtorek, 2 marca 2027, 10:00–12:30 (Europe/Warsaw)");
    expect(xml).toContain("Załącznik: lista obecności");
    expect(xml).toContain(coordinator.name);
    expect(xml).toContain(member.name);
    expect(xml).toContain("Kworum zostało osiągnięte");
  });
});

describe("PDF export", () => {
  it("is a PDF with the title in its metadata and more than a page's worth of bytes", async () => {
    const { group, member } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id, title: "Strategia wsparcia migrantów powracających", content: richContent });
    await signInAs(member);
    const response = await request(doc.id, "pdf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(body.includes(pdfInfoString("Strategia wsparcia migrantów powracających"))).toBe(true);
    // Roboto is embedded (a subset), so Polish letters need no system fonts.
    expect(body.includes(Buffer.from("Roboto"))).toBe(true);
  });

  it("writes readable streams when asked not to compress (minutes have two pages: content and annex)", async () => {
    const { group, coordinator } = await buildGroupWithRoles(t.prisma);
    const meeting = await buildMeeting(t.prisma, { groupId: group.id, status: "HELD" });
    const doc = await buildDocument(t.prisma, { groupId: group.id, kind: "MINUTES", title: "Protokół", meetingId: meeting.id, minutesOfMeetingId: meeting.id });
    await signInAs(coordinator);
    const file = await exportDocument((await getCurrentUser())!, doc.id, "pdf", { compress: false });
    const raw = file.body.toString("latin1");
    expect(raw).not.toContain("/FlateDecode");
    expect(raw.match(/\/Type \/Page\b/g)).toHaveLength(2);
  });
});

describe("refusals", () => {
  it("answers 401 without a session, 404 outside the group or for unknown ids, 400 for an unknown format", async () => {
    const { group, outsider, member } = await buildGroupWithRoles(t.prisma);
    const doc = await buildDocument(t.prisma, { groupId: group.id });
    signOut();
    expect((await request(doc.id, "pdf")).status).toBe(401);
    await signInAs(outsider);
    const foreign = await request(doc.id, "docx");
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    await signInAs(member);
    expect((await request("does-not-exist", "docx")).status).toBe(404);
    const bad = await request(doc.id, "odt");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "BAD_REQUEST" } });
  });
});
