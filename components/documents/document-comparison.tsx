import { getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { Block, BlockChange, DocumentComparison as Comparison, TextSegment } from "@/lib/documents/diff";

/** Unchanged stretches longer than this fold away, keeping CONTEXT blocks on each side. */
const FOLD_AFTER = 6;
const CONTEXT = 2;

type Translate = Awaited<ReturnType<typeof getTranslations<"documents.compare">>>;

const statusClass: Record<BlockChange["status"], string> = {
  same: "border-transparent",
  added: "border-success bg-success-soft/60",
  removed: "border-destructive bg-destructive-soft/60",
  changed: "border-warning bg-warning-soft/40",
};

function Segments({ segments, t }: { segments: TextSegment[]; t: Translate }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.op === "insert" ? (
          <ins key={i} className="rounded-sm bg-success-soft px-0.5 text-success-soft-foreground underline decoration-2 underline-offset-2">
            <span className="sr-only">{t("srInserted")} </span>
            {segment.text}
            <span className="sr-only"> {t("srInsertedEnd")}</span>
          </ins>
        ) : segment.op === "delete" ? (
          <del key={i} className="rounded-sm bg-destructive-soft px-0.5 text-destructive-soft-foreground decoration-2">
            <span className="sr-only">{t("srDeleted")} </span>
            {segment.text}
            <span className="sr-only"> {t("srDeletedEnd")}</span>
          </del>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

function BlockView({ change, t }: { change: BlockChange; t: Translate }) {
  const block: Block = change.block;
  const indent = { paddingLeft: `${block.depth * 1.25 + (block.quote ? 1 : 0)}rem` };
  const prefix = change.status === "added" ? t("srAddedBlock") : change.status === "removed" ? t("srRemovedBlock") : null;
  const body =
    block.type === "rule" ? (
      <span className="text-muted-foreground">— {t("rule")} —</span>
    ) : block.type === "tableRow" ? (
      <span className={cn("grid gap-2", block.header && "font-semibold")} style={{ gridTemplateColumns: `repeat(${Math.max(1, block.cells?.length ?? 1)}, minmax(0, 1fr))` }}>
        {change.status === "changed" ? (
          <span className="col-span-full">
            <Segments segments={change.segments} t={t} />
          </span>
        ) : (
          (block.cells ?? []).map((cell, i) => (
            <span
              key={i}
              className={cn(
                "border-l border-border pl-2 first:border-l-0 first:pl-0",
                // Not colour alone: removed rows are struck through, added ones underlined.
                change.status === "removed" && "line-through decoration-2",
                change.status === "added" && "underline decoration-2 underline-offset-2",
              )}
            >
              {cell || "—"}
            </span>
          ))
        )}
      </span>
    ) : change.segments.length === 0 || block.text === "" ? (
      <span className="text-muted-foreground italic">{t("emptyBlock")}</span>
    ) : (
      <Segments segments={change.segments} t={t} />
    );
  const textClass = block.type === "heading" ? (block.level === 1 ? "text-xl font-semibold" : block.level === 2 ? "text-lg font-semibold" : "font-semibold") : block.type === "codeBlock" ? "font-mono text-sm whitespace-pre-wrap" : "";
  const formattingOnly = change.status === "changed" && change.segments.every((s) => s.op === "equal");
  return (
    <div className={cn("border-l-4 py-1.5 pr-2 pl-3", statusClass[change.status], block.quote && "italic")} style={indent}>
      <p className={cn("whitespace-pre-wrap", textClass, change.status === "removed" && "text-destructive-soft-foreground")}>
        {prefix ? <span className="sr-only">{prefix} </span> : null}
        {block.marker ? (
          <span aria-hidden={block.markerKind === "bullet" ? true : undefined} className="mr-2 inline-block min-w-4 text-muted-foreground">
            {block.marker}
          </span>
        ) : null}
        {body}
        {formattingOnly ? <span className="ml-2 text-xs text-muted-foreground">({t("formatting")})</span> : null}
      </p>
    </div>
  );
}

/** The past version against the current content: every block, changes highlighted. */
export async function DocumentComparison({ comparison }: { comparison: Comparison }) {
  const t = await getTranslations("documents.compare");
  const { changes, summary } = comparison;
  const unchanged = summary.added + summary.removed + summary.changed === 0;

  // Fold long runs of unchanged blocks so the changes stand out.
  const parts: ({ kind: "block"; change: BlockChange; key: number } | { kind: "fold"; changes: BlockChange[]; key: number })[] = [];
  let i = 0;
  while (i < changes.length) {
    if (changes[i]!.status !== "same") {
      parts.push({ kind: "block", change: changes[i]!, key: i });
      i++;
      continue;
    }
    let j = i;
    while (j < changes.length && changes[j]!.status === "same") j++;
    const run = changes.slice(i, j);
    const head = i === 0 ? 0 : CONTEXT;
    const tail = j === changes.length ? 0 : CONTEXT;
    if (!unchanged && run.length > FOLD_AFTER && run.length > head + tail + 1) {
      run.slice(0, head).forEach((change, k) => parts.push({ kind: "block", change, key: i + k }));
      parts.push({ kind: "fold", changes: run.slice(head, run.length - tail), key: i + head });
      run.slice(run.length - tail).forEach((change, k) => parts.push({ kind: "block", change, key: j - tail + k }));
    } else {
      run.forEach((change, k) => parts.push({ kind: "block", change, key: i + k }));
    }
    i = j;
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 rounded-lg border border-border bg-card p-4 text-sm sm:flex-row sm:items-center sm:justify-between">
        <p role="status" className="font-medium">
          {unchanged ? t("noChanges") : t("summary", { added: summary.added, removed: summary.removed, changed: summary.changed })}
        </p>
        {!unchanged ? (
          <dl aria-label={t("legend")} className="flex flex-wrap gap-x-4 gap-y-1 text-muted-foreground">
            <div className="flex items-center gap-1.5">
              <dt>
                <ins className="rounded-sm bg-success-soft px-1 text-success-soft-foreground underline decoration-2 underline-offset-2">abc</ins>
              </dt>
              <dd>{t("inserted")}</dd>
            </div>
            <div className="flex items-center gap-1.5">
              <dt>
                <del className="rounded-sm bg-destructive-soft px-1 text-destructive-soft-foreground decoration-2">abc</del>
              </dt>
              <dd>{t("deleted")}</dd>
            </div>
            <div className="flex items-center gap-1.5">
              <dt>
                <span className="inline-block h-4 w-1 bg-warning" aria-hidden="true" />
              </dt>
              <dd>{t("changed")}</dd>
            </div>
          </dl>
        ) : null}
      </div>
      <div className="space-y-0.5 rounded-lg border border-border bg-card px-3 py-4 sm:px-6">
        {parts.map((part) =>
          part.kind === "block" ? (
            <BlockView key={part.key} change={part.change} t={t} />
          ) : (
            <details key={`fold-${part.key}`} className="group my-1">
              <summary className="cursor-pointer rounded-md px-3 py-1.5 text-sm text-muted-foreground hover:bg-accent">
                {t("unchangedRun", { count: part.changes.length })}
              </summary>
              {part.changes.map((change, k) => (
                <BlockView key={k} change={change} t={t} />
              ))}
            </details>
          ),
        )}
      </div>
    </div>
  );
}
