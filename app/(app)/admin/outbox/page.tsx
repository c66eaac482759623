import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Inbox } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchInput } from "@/components/ui/search-input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format/dates";
import { listMail } from "@/lib/mail/data";
import { canSystem } from "@/lib/permissions/ability";
import type { AppLocale } from "@/lib/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("outbox"))("title") };
}

const statusVariant = { OUTBOX: "info", SENT: "success", FAILED: "destructive" } as const;

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ q?: string; page?: string }> }) {
  const current = await requireUser();
  if (!canSystem(current.actor, "viewOutbox")) forbidden();
  const sp = await searchParams;
  const q = (sp.q ?? "").slice(0, 200);
  const page = Math.max(1, Number.parseInt(sp.page ?? "1", 10) || 1);
  const t = await getTranslations("outbox");
  const tc = await getTranslations("common");
  const locale = (await getLocale()) as AppLocale;
  const mail = await listMail({ page, pageSize: 25, q: q || undefined });
  const hrefFor = (p: number) => `/admin/outbox?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <form className="mb-4 flex max-w-xl gap-2" role="search">
        <SearchInput label={t("search")} placeholder={t("search")} defaultValue={q} wrapperClassName="flex-1" />
        <Button type="submit" variant="secondary">
          {tc("search")}
        </Button>
      </form>
      {mail.items.length === 0 ? (
        <EmptyState icon={Inbox} title={q ? t("noResults") : t("empty")} description={q ? undefined : t("emptyText")} />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("subject")}</TableHead>
                <TableHead>{t("to")}</TableHead>
                <TableHead className="hidden md:table-cell">{t("kind")}</TableHead>
                <TableHead>{t("status")}</TableHead>
                <TableHead className="hidden sm:table-cell">{t("created")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {mail.items.map((m) => (
                <TableRow key={m.id}>
                  <TableCell className="max-w-[22rem]">
                    <Link href={`/admin/outbox/${m.id}`} className="font-medium text-primary underline-offset-4 hover:underline">
                      {m.subject}
                    </Link>
                  </TableCell>
                  <TableCell className="break-all">{m.to}</TableCell>
                  <TableCell className="hidden md:table-cell text-muted-foreground">{m.kind}</TableCell>
                  <TableCell>
                    <Badge variant={statusVariant[m.status]}>{t(`statuses.${m.status}`)}</Badge>
                  </TableCell>
                  <TableCell className="hidden whitespace-nowrap sm:table-cell">{formatDateTime(m.createdAt, locale, current.user.timeZone)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Pagination page={mail.page} pageCount={mail.pageCount} hrefFor={hrefFor} />
        </>
      )}
    </>
  );
}
