"use client";
// The shared look of a live block in the text: a card that cannot be typed into, with a drag
// handle, an icon, a heading line (what it is, its status, a link to the register) and the
// record's details. Loading, "no longer exists" and load errors look the same for both kinds.
import { useCallback, useSyncExternalStore, type ReactNode } from "react";
import { NodeViewWrapper } from "@tiptap/react";
import { AlertTriangle, ExternalLink, GripVertical, RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import type { BlockEntry, BlockKind, BlockStore } from "@/components/documents/editor/blocks/block-store";
import type { BlockAction, BlockDecision } from "@/lib/document-blocks/schema";

const NO_ID: BlockEntry<never> = { state: "missing" };
const noop = () => () => {};

export function useBlockEntry<K extends BlockKind>(store: BlockStore | null, kind: K, id: string | null): BlockEntry<K extends "action" ? BlockAction : BlockDecision> {
  const subscribe = useCallback((notify: () => void) => (store && id ? store.subscribe(kind, id, notify) : noop()), [store, kind, id]);
  const read = () => (store && id ? store.get(kind, id) : NO_ID);
  return useSyncExternalStore(subscribe, read, read) as BlockEntry<K extends "action" ? BlockAction : BlockDecision>;
}

export function BlockFrame({
  kind,
  label,
  icon,
  selected,
  status,
  href,
  linkLabel,
  busy,
  children,
}: {
  kind: BlockKind;
  /** "Decyzja 3/2026": the group's accessible name and the heading line. */
  label: string;
  icon: ReactNode;
  selected: boolean;
  status?: ReactNode;
  href?: string | null;
  linkLabel?: string;
  busy?: boolean;
  children: ReactNode;
}) {
  const t = useTranslations("document-blocks");
  return (
    <NodeViewWrapper className="document-block-view" data-block-kind={kind}>
      <div
        contentEditable={false}
        role="group"
        aria-label={label}
        aria-busy={busy || undefined}
        className={cn(
          "group/block relative flex gap-2 rounded-lg border border-l-4 bg-card py-3 pr-3 pl-1 text-[0.9375rem] leading-normal shadow-card",
          kind === "decision" ? "border-l-primary" : "border-l-info-soft-foreground",
          selected && "outline-2 outline-offset-2 outline-ring",
        )}
      >
        <span
          data-drag-handle
          draggable
          aria-hidden="true"
          title={t("drag")}
          className="mt-0.5 flex h-6 w-5 shrink-0 cursor-grab items-center justify-center rounded text-muted-foreground opacity-40 group-hover/block:opacity-100 active:cursor-grabbing"
        >
          <GripVertical className="size-4" />
        </span>
        <span
          aria-hidden="true"
          className={cn(
            "mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-md [&_svg]:size-4",
            kind === "decision" ? "bg-primary/10 text-primary" : "bg-info-soft text-info-soft-foreground",
          )}
        >
          {icon}
        </span>
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="text-sm font-semibold text-foreground">{label}</span>
            {status}
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener"
                className="ml-auto inline-flex items-center gap-1 rounded text-sm font-medium text-primary no-underline underline-offset-4 hover:underline"
              >
                {linkLabel}
                <ExternalLink aria-hidden="true" className="size-3.5" />
                <span className="sr-only"> {t("newTab")}</span>
              </a>
            ) : null}
          </div>
          {children}
        </div>
      </div>
    </NodeViewWrapper>
  );
}

/** The body while loading, after a failed first load, or when the record is gone. */
export function BlockPlaceholder({ entry, kind, onRetry }: { entry: BlockEntry<unknown>; kind: BlockKind; onRetry: () => void }) {
  const t = useTranslations("document-blocks");
  if (entry.state === "loading") {
    return (
      <div className="mt-2 grid gap-1.5">
        <span className="sr-only">{t("loading")}</span>
        <Skeleton className="h-4 w-11/12" />
        <Skeleton className="h-4 w-1/2" />
      </div>
    );
  }
  if (entry.state === "missing") {
    return (
      <p className="mt-1 flex items-start gap-1.5 text-sm text-muted-foreground">
        <AlertTriangle aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
        {kind === "decision" ? t("decision.missing") : t("action.missing")}
      </p>
    );
  }
  if (entry.state === "error") {
    return (
      <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-destructive" role="alert">
        <AlertTriangle aria-hidden="true" className="size-4 shrink-0" />
        <span>{t("loadFailed", { message: entry.message })}</span>
        <button
          type="button"
          onClick={onRetry}
          className="inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 font-medium text-foreground hover:bg-accent"
        >
          <RotateCw aria-hidden="true" className="size-3.5" />
          {t("retry")}
        </button>
      </div>
    );
  }
  return null;
}
