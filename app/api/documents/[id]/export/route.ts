// GET /api/documents/:id/export?format=docx|pdf — the document as a Word or PDF file, for
// anyone who may view it; 404 for documents outside the user's groups.
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { withErrors } from "@/lib/safe-action/route";
import { exportDocument, parseExportFormat } from "@/lib/documents/export";

export const GET = withErrors(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const current = await getCurrentUser();
  if (!current) throw new AppError("UNAUTHENTICATED");
  const format = parseExportFormat(new URL(request.url).searchParams.get("format"));
  const file = await exportDocument(current, (await params).id, format);
  return new Response(new Uint8Array(file.body), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": file.disposition,
      "Content-Length": String(file.body.byteLength),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
