// GET /api/actions/export?format=csv|xlsx&<the list's filters> — the filtered actions list as a
// file, for the person's own groups only (the same query as the table; no rows of other groups).
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { getCurrentGroupId } from "@/lib/groups/current-group";
import { isLocale } from "@/lib/i18n/config";
import { withErrors } from "@/lib/safe-action/route";
import { exportActions, parseActionExportFormat } from "@/lib/actions/export";

export const GET = withErrors(async (request: Request) => {
  const current = await getCurrentUser();
  if (!current) throw new AppError("UNAUTHENTICATED");
  const params = new URL(request.url).searchParams;
  const format = parseActionExportFormat(params.get("format"));
  const locale = await getLocale();
  const file = await exportActions(current, params, format, {
    currentGroupId: await getCurrentGroupId(current),
    locale: isLocale(locale) ? locale : "pl",
  });
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
