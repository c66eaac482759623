// JSON API for the institution directory (for scripts and integrations of partner
// institutions). It reuses the server actions, so rules and messages are the same as the UI's.
import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { createInstitutionAction } from "@/lib/institutions/actions";
import { listInstitutionChoices } from "@/lib/institutions/data";
import { getCurrentUser } from "@/lib/auth/current-user";
import { foldText } from "@/lib/format/fold-text";
import { AppError } from "@/lib/errors/app-error";
import { assertSameOrigin, readJson, respond, withErrors } from "@/lib/safe-action/route";

export const GET = withErrors(async (req: Request) => {
  if (!(await getCurrentUser())) throw new AppError("UNAUTHENTICATED");
  const q = (new URL(req.url).searchParams.get("q") ?? "").trim().slice(0, 200);
  const all = await listInstitutionChoices({ locale: await getLocale() });
  const rows = q ? all.filter((i) => foldText(`${i.name} ${i.shortName}`).includes(foldText(q))) : all;
  return NextResponse.json({ data: rows });
});

export const POST = withErrors(async (req: Request) => {
  assertSameOrigin(req);
  const body = await readJson(req);
  return respond(await createInstitutionAction(body as never), 201);
});
