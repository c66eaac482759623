import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { PrintButton } from "@/components/meetings/attendance/print-button";
import { DocumentContent } from "@/components/documents/document-content";
import { requireUser } from "@/lib/auth/current-user";
import { loadExportModel } from "@/lib/documents/export-data";
import { splitLeadingTitle } from "@/lib/documents/export-model";
import { renderDocumentHtml } from "@/lib/documents/render-html";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const current = await requireUser();
  const [t, loaded] = await Promise.all([
    getTranslations("documents.print"),
    loadExportModel(current.actor, (await params).id, { locale: current.user.locale, timeZone: current.user.timeZone }),
  ]);
  return { title: loaded ? `${t("title")}: ${loaded.model.title}` : t("title") };
}

// Printing shows only the document: the app shell and the buttons around it are hidden.
const printCss = `
@media print {
  body * { visibility: hidden !important; }
  #document-print, #document-print * { visibility: visible !important; }
  #document-print { position: absolute; inset: 0 auto auto 0; width: 100%; padding: 0; font-size: 11pt; }
  #document-print .no-print { display: none !important; }
  #document-print h2, #document-print h3 { break-after: avoid; }
  #document-print tr, #document-print li { break-inside: avoid; }
  #document-print .page-break { break-before: page; }
  #document-print a { color: inherit; }
  @page { margin: 18mm 16mm; }
}`;

/** The same content and facts as the PDF export, laid out for the browser's print dialog. */
export default async function DocumentPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const current = await requireUser();
  const loaded = await loadExportModel(current.actor, id, { locale: current.user.locale, timeZone: current.user.timeZone });
  if (!loaded) notFound();
  const { model } = loaded;
  const t = await getTranslations("documents.print");
  const { heading, rest } = splitLeadingTitle(model.content);
  // The document's own first heading is the printed title (inline marks kept, text escaped).
  const titleHtml = heading ? renderDocumentHtml({ type: "doc", content: heading.content ?? [] }) : null;

  return (
    <article id="document-print" className="mx-auto max-w-3xl space-y-5 bg-background text-foreground" aria-label={model.title}>
      <style>{printCss}</style>
      <div className="no-print flex flex-wrap gap-2">
        <PrintButton label={t("printNow")} />
        <Button asChild variant="outline" size="sm">
          <Link href={`/documents/${id}`}>{t("back")}</Link>
        </Button>
      </div>
      <header className="space-y-2 border-b border-border pb-4">
        {titleHtml ? <h1 className="text-2xl font-semibold" dangerouslySetInnerHTML={{ __html: titleHtml }} /> : <h1 className="text-2xl font-semibold">{model.title}</h1>}
        <p className="text-sm text-muted-foreground">{model.subtitle}</p>
        <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {model.facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="font-medium">{fact.label}</dt>
              <dd className="break-words">{fact.href ? <a href={fact.href}>{fact.value}</a> : fact.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <DocumentContent content={{ type: "doc", content: rest }} headingOffset={0} taskLabels={{ done: model.labels.taskDone, open: model.labels.taskOpen }} />
      {model.attendance ? (
        <section className="page-break space-y-3 pt-4" aria-labelledby="print-attendance">
          <h2 id="print-attendance" className="text-xl font-semibold">
            {model.attendance.heading}
          </h2>
          {model.attendance.note ? <p className="text-sm italic">{model.attendance.note}</p> : null}
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                {model.attendance.columns.map((c) => (
                  <th key={c} scope="col" className="border border-border bg-muted px-2 py-1.5 text-left">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {model.attendance.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j} className="border border-border px-2 py-1.5 align-top">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      <p className="text-xs text-muted-foreground">{model.labels.generated}</p>
    </article>
  );
}
