// One attachment of a stored e-mail (e.g. the .ics of a meeting invitation), for those who may read
// the outbox. 404 for everyone else and for unknown ids or indexes.
import { getCurrentUser } from "@/lib/auth/current-user";
import { getMail } from "@/lib/mail/data";
import { readStoredAttachments } from "@/lib/mail/send-mail";
import { canSystem } from "@/lib/permissions/ability";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string; index: string }> }) {
  const { id, index } = await params;
  const current = await getCurrentUser();
  if (!current || !canSystem(current.actor, "viewOutbox") || id.length > 64 || !/^\d{1,3}$/.test(index)) return notFound();
  const mail = await getMail(id);
  const attachment = mail ? readStoredAttachments(mail.attachments)[Number(index)] : undefined;
  if (!attachment) return notFound();
  // Only the ASCII-safe part of the name goes in the plain parameter; the full name in filename*.
  const ascii = attachment.filename.replace(/[^\w.-]+/g, "_");
  return new Response(new Uint8Array(attachment.content), {
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
