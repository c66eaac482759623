// Documents for collaboration tests: a row, and optionally content stored as the snapshot.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { encodeDocumentJson, type ProseMirrorJson } from "@/lib/editor/content";
import { toBytes } from "@/lib/collab/persistence";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function buildDocument(
  db: Db,
  overrides: Partial<Prisma.DocumentUncheckedCreateInput> & { groupId: string; content?: ProseMirrorJson },
) {
  const { content, ...data } = overrides;
  const document = await db.document.create({
    data: { kind: "OTHER", title: `Strategia ${randomBytes(3).toString("hex")}`, ...data },
  });
  if (content) {
    await db.documentSnapshot.create({ data: { documentId: document.id, state: toBytes(encodeDocumentJson(content)) } });
  }
  return document;
}
