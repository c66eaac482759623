// Builders for document tests: a document with real Yjs content, and a meeting to hang it on.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { toBytes } from "@/lib/collab/persistence";
import { encodeDocumentJson, jsonToPlainText, type ProseMirrorJson } from "@/lib/editor/content";

export function paragraphs(...texts: string[]): ProseMirrorJson {
  return { type: "doc", content: texts.map((text) => (text ? { type: "paragraph", content: [{ type: "text", text }] } : { type: "paragraph" })) };
}

export async function buildDocument(
  db: Db,
  overrides: Partial<Omit<Prisma.DocumentUncheckedCreateInput, "snapshot">> & { groupId: string; content?: ProseMirrorJson },
) {
  const { content = paragraphs("Treść dokumentu"), ...data } = overrides;
  const state = encodeDocumentJson(content);
  return db.document.create({
    data: {
      kind: "STRATEGY",
      title: "Strategia wsparcia migrantów powracających",
      plainText: jsonToPlainText(content),
      sizeBytes: state.byteLength,
      ...data,
      snapshot: { create: { state: toBytes(state) } },
    },
  });
}

export async function buildMeeting(db: Db, overrides: Partial<Prisma.MeetingUncheckedCreateInput> & { groupId: string; status?: MeetingStatus }) {
  return db.meeting.create({
    data: {
      title: "IV posiedzenie plenarne",
      status: "SCHEDULED",
      // 10:00–12:30 Warsaw time (CET) on Tuesday 2 March 2027.
      startsAt: new Date("2027-03-02T09:00:00Z"),
      endsAt: new Date("2027-03-02T11:30:00Z"),
      place: "al. IX Wieków Kielc 3, Kielce, sala 212",
      ...overrides,
    },
  });
}
