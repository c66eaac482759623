// Issues the short-lived token a browser needs to open the document's /collab socket
// (docs/collab-protocol.md). Rights are decided here and again when the socket connects.
import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { resolveDocumentAccess } from "@/lib/collab/access";
import { collabTokenRequestSchema, type CollabTokenResponse } from "@/lib/collab/schema";
import { issueCollabToken } from "@/lib/collab/token";
import { AppError } from "@/lib/errors/app-error";
import { assertSameOrigin, readJson, withErrors } from "@/lib/safe-action/route";

export const POST = withErrors(async (req: Request) => {
  assertSameOrigin(req);
  const current = await getCurrentUser();
  if (!current) throw new AppError("UNAUTHENTICATED");
  const parsed = collabTokenRequestSchema.safeParse(await readJson(req, 4 * 1024));
  if (!parsed.success) throw new AppError("BAD_REQUEST");
  const access = await resolveDocumentAccess(current.user.id, parsed.data.documentId);
  if (!access.ok) throw new AppError(access.code === "NOT_FOUND" ? "NOT_FOUND" : access.code === "FORBIDDEN" ? "FORBIDDEN" : "UNAUTHENTICATED");
  const { token, expiresAt } = issueCollabToken({
    userId: current.user.id,
    documentId: access.documentId,
    readOnly: access.readOnly,
    sessionVersion: current.user.sessionVersion,
  });
  const body: CollabTokenResponse = { token, readOnly: access.readOnly, expiresAt: expiresAt.toISOString() };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});
