import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PartnerSummary } from "@/lib/dashboard/data";

/** Coordinators' overview: one row per partner institution. */
export async function PartnerSummaryTable({ summary }: { summary: PartnerSummary }) {
  const t = await getTranslations("dashboard.summary");
  const tr = await getTranslations("dashboard.partnerRoles");
  return (
    <Table>
      <TableCaption>{t("caption", { expected: summary.expected })}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHead>{t("institution")}</TableHead>
          <TableHead className="text-right">{t("open")}</TableHead>
          <TableHead className="text-right">{t("overdue")}</TableHead>
          <TableHead className="text-right">{t("done")}</TableHead>
          <TableHead className="text-right">{t("reported")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {summary.rows.map((r) => (
          <TableRow key={r.institution.id}>
            <TableHead scope="row" className="h-auto py-3 text-sm font-normal tracking-normal whitespace-normal text-foreground normal-case">
              <Link href={`/institutions/${r.institution.id}`} className="font-medium underline-offset-4 hover:underline">
                {r.institution.name}
              </Link>
              <span className="block text-xs text-muted-foreground">
                {r.institution.shortName} · {tr(r.partnerRole)}
              </span>
            </TableHead>
            <TableCell className="text-right tabular-nums">{r.open}</TableCell>
            <TableCell className={r.overdue ? "text-right font-semibold text-destructive tabular-nums" : "text-right tabular-nums"}>{r.overdue}</TableCell>
            <TableCell className="text-right tabular-nums">{r.doneLast30}</TableCell>
            <TableCell className="text-right tabular-nums">
              {r.reported === null || summary.expected === 0 ? (
                <span className="text-muted-foreground">
                  —<span className="sr-only"> {t("notExpected")}</span>
                </span>
              ) : (
                <span className={r.reported < summary.expected ? "font-semibold text-warning-soft-foreground" : undefined}>
                  {t("reportedOf", { reported: r.reported, expected: summary.expected })}
                </span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
