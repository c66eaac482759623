"use client";
// Threads next to the text: open ones in document order, resolved ones on their own tab.
// Each thread shows the commented text (a button that selects it in the document), the
// comments with author, institution and relative time, a reply field and resolve/reopen.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { CircleCheck, MessageSquare, RotateCcw } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { toast } from "sonner";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";
import { createCommentThreadAction, reopenThreadAction, replyToThreadAction, resolveThreadAction } from "@/lib/comments/actions";
import type { CommentPerson, CommentThreadView } from "@/lib/comments/schema";
import { CommentComposer, type ComposerResult } from "@/components/documents/editor/comment-composer";
import type { Mentionable } from "@/components/documents/editor/mention-items";
import type { ThreadRange } from "@/components/documents/editor/comment-anchors";
import type { ThreadsStatus } from "@/components/documents/editor/use-comment-threads";

export type CommentDraft = { anchorStart: string; anchorEnd: string; quote: string };

type Filter = "open" | "resolved";

export type CommentsSidebarProps = {
  documentId: string;
  threads: CommentThreadView[];
  status: ThreadsStatus;
  onReload: () => void;
  onThreadsChanged: (threads: CommentThreadView[]) => void;
  /** Where each open thread's text is now; a missing entry means the text was deleted. */
  ranges: Record<string, ThreadRange>;
  rangesKnown: boolean;
  draft: CommentDraft | null;
  onDraftDone: (threadId: string | null) => void;
  activeThreadId: string | null;
  onActivate: (threadId: string | null) => void;
  onShowInText: (threadId: string) => void;
  canComment: boolean;
  canModerateComments: boolean;
  userId: string;
  mentionables: readonly Mentionable[];
};

export function CommentsSidebar(props: CommentsSidebarProps) {
  const t = useTranslations("editor.comments");
  const [filter, setFilter] = useState<Filter>("open");
  const open = props.threads.filter((thread) => !thread.resolvedAt);
  const resolved = props.threads.filter((thread) => thread.resolvedAt);
  // Open threads in the order their text appears; those whose text is gone come last.
  const position = (thread: CommentThreadView) => props.ranges[thread.id]?.from ?? Number.MAX_SAFE_INTEGER;
  const openSorted = [...open].sort((a, b) => position(a) - position(b) || a.createdAt.localeCompare(b.createdAt));
  const resolvedSorted = [...resolved].sort((a, b) => (b.resolvedAt ?? "").localeCompare(a.resolvedAt ?? ""));
  const shown = filter === "open" ? openSorted : resolvedSorted;
  const activeThread = props.threads.find((thread) => thread.id === props.activeThreadId);
  const activeFilter: Filter = activeThread ? (activeThread.resolvedAt ? "resolved" : "open") : filter;
  // Following a link or a click on resolved text switches to the tab that holds the thread.
  if (activeThread && activeFilter !== filter) setFilter(activeFilter);

  const createThread = async (body: string, mentions: string[]): Promise<ComposerResult> => {
    const draft = props.draft;
    if (!draft) return { ok: false, message: t("needSelection") };
    const result = await createCommentThreadAction({ documentId: props.documentId, ...draft, body, mentions }).catch(() => null);
    if (!result) return { ok: false, message: t("sendError") };
    if (!result.ok) return { ok: false, message: result.fieldErrors?.body ?? result.message };
    props.onThreadsChanged(result.data.threads);
    props.onDraftDone(result.data.threadId);
    setFilter("open");
    toast.success(result.data.notified > 0 ? `${t("created")} ${t("notified", { count: result.data.notified })}` : t("created"));
    return { ok: true };
  };

  return (
    <aside aria-labelledby="document-comments-title" className="flex min-w-0 flex-col gap-3">
      <div className="flex items-center justify-between gap-2">
        <h2 id="document-comments-title" className="flex items-center gap-2 text-base font-semibold">
          <MessageSquare aria-hidden="true" className="size-4 text-muted-foreground" />
          {t("title")}
        </h2>
      </div>

      <div role="group" aria-label={t("filterLabel")} className="inline-flex w-full rounded-lg bg-muted p-1">
        {(["open", "resolved"] as const).map((value) => (
          <button
            key={value}
            type="button"
            aria-pressed={filter === value}
            onClick={() => {
              setFilter(value);
              props.onActivate(null);
            }}
            className={cn(
              "flex-1 rounded-md px-3 py-1.5 text-sm font-medium transition-colors",
              filter === value ? "bg-card text-foreground shadow-xs" : "text-muted-foreground hover:text-foreground",
            )}
          >
            {t(value, { count: value === "open" ? open.length : resolved.length })}
          </button>
        ))}
      </div>

      {props.draft && props.canComment && (
        <section aria-label={t("newThread")} className="rounded-lg border border-ring/40 bg-card p-3 shadow-card">
          <h3 className="mb-2 text-sm font-semibold">{t("newThread")}</h3>
          <Quote>{props.draft.quote}</Quote>
          <div className="mt-2">
            <CommentComposer
              key={props.draft.anchorStart + props.draft.anchorEnd}
              label={t("bodyLabel")}
              placeholder={t("bodyPlaceholder")}
              submitLabel={t("submit")}
              mentionables={props.mentionables}
              autoFocus
              onSubmit={createThread}
              onCancel={() => props.onDraftDone(null)}
            />
          </div>
        </section>
      )}

      {props.status === "loading" && props.threads.length === 0 ? (
        <div className="grid gap-3" aria-hidden="true">
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-24 w-full" />
        </div>
      ) : props.status === "error" && props.threads.length === 0 ? (
        <div role="alert" className="rounded-lg border bg-card p-4 text-sm">
          <p>{t("loadError")}</p>
          <Button size="sm" variant="outline" className="mt-2" onClick={props.onReload}>
            {t("retry")}
          </Button>
        </div>
      ) : shown.length === 0 ? (
        <div className="rounded-lg border border-dashed bg-card/60 p-4 text-sm text-muted-foreground">
          <p>{filter === "open" ? t("emptyOpen") : t("emptyResolved")}</p>
          {filter === "open" && props.canComment && <p className="mt-1">{t("emptyOpenHint")}</p>}
        </div>
      ) : (
        <ol className="grid gap-3">
          {shown.map((thread) => (
            <li key={thread.id}>
              <ThreadCard
                {...props}
                thread={thread}
                active={thread.id === props.activeThreadId}
                detached={!thread.resolvedAt && props.rangesKnown && !props.ranges[thread.id]}
              />
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

function Quote({ children, onShow, label }: { children: ReactNode; onShow?: () => void; label?: string }) {
  const content = <span className="line-clamp-3 border-l-2 border-[rgb(202_138_4)] pl-2 text-left text-sm text-muted-foreground italic">{children}</span>;
  if (!onShow) return <blockquote>{content}</blockquote>;
  return (
    <button type="button" onClick={onShow} className="block w-full rounded-sm text-left hover:bg-accent" aria-label={label}>
      <blockquote>{content}</blockquote>
    </button>
  );
}

function ThreadCard(props: CommentsSidebarProps & { thread: CommentThreadView; active: boolean; detached: boolean }) {
  const { thread, active, detached } = props;
  const t = useTranslations("editor.comments");
  const card = useRef<HTMLElement | null>(null);
  const [replying, setReplying] = useState(false);
  const [busy, setBusy] = useState(false);
  const titleId = `thread-${thread.id}-title`;
  const resolved = Boolean(thread.resolvedAt);
  const mayResolve = props.canComment && (thread.createdBy?.id === props.userId || props.canModerateComments);

  useEffect(() => {
    if (active) card.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [active]);

  const reply = async (body: string, mentions: string[]): Promise<ComposerResult> => {
    const result = await replyToThreadAction({ threadId: thread.id, body, mentions }).catch(() => null);
    if (!result) return { ok: false, message: t("sendError") };
    if (!result.ok) return { ok: false, message: result.fieldErrors?.body ?? result.message };
    props.onThreadsChanged(result.data.threads);
    setReplying(false);
    toast.success(result.data.notified > 0 ? `${t("replied")} ${t("notified", { count: result.data.notified })}` : t("replied"));
    return { ok: true };
  };

  const setResolved = async (resolve: boolean) => {
    setBusy(true);
    const action = resolve ? resolveThreadAction : reopenThreadAction;
    const result = await action({ threadId: thread.id }).catch(() => null);
    setBusy(false);
    if (!result) {
      toast.error(t("sendError"));
      return;
    }
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    props.onThreadsChanged(result.data.threads);
    props.onActivate(resolve ? null : thread.id);
    toast.success(resolve ? t("resolvedToast") : t("reopenedToast"));
  };

  return (
    <article
      ref={card}
      aria-labelledby={titleId}
      data-thread-id={thread.id}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest("button, textarea, a, [role=option]")) return;
        props.onActivate(thread.id);
      }}
      className={cn(
        "rounded-lg border bg-card p-3 shadow-card transition-shadow",
        active && "border-[rgb(202_138_4)] ring-2 ring-[rgb(250_204_21)]/60",
        resolved && "bg-card/80",
      )}
    >
      <h3 id={titleId} className="sr-only">
        {t("threadLabel", { quote: thread.quote })}
      </h3>
      <Quote onShow={detached ? undefined : () => props.onShowInText(thread.id)} label={`${t("showInText")}: ${thread.quote}`}>
        {thread.quote}
      </Quote>
      {detached && <p className="mt-1 text-xs text-muted-foreground">{t("detached")}</p>}

      <ol className="mt-3 grid gap-3">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="grid gap-1">
            <CommentHeader person={comment.author} at={comment.createdAt} edited={comment.editedAt !== null} />
            <p className="text-sm whitespace-pre-wrap break-words">
              <MentionText text={comment.body} mentionables={props.mentionables} />
            </p>
          </li>
        ))}
      </ol>

      {resolved && (
        <p className="mt-3 flex items-center gap-1.5 text-xs text-success-soft-foreground">
          <CircleCheck aria-hidden="true" className="size-3.5" />
          {thread.resolvedBy ? t("resolvedBy", { name: thread.resolvedBy.name }) : t("resolvedAnon")}
        </p>
      )}

      {replying && props.canComment ? (
        <div className="mt-3">
          <CommentComposer
            label={t("replyLabel")}
            placeholder={t("replyPlaceholder")}
            submitLabel={t("reply")}
            mentionables={props.mentionables}
            rows={2}
            autoFocus
            onSubmit={reply}
            onCancel={() => setReplying(false)}
          />
        </div>
      ) : (
        (props.canComment || mayResolve) && (
          <div className="mt-3 flex flex-wrap gap-2">
            {props.canComment && !resolved && (
              <Button size="sm" variant="outline" onClick={() => setReplying(true)}>
                {t("reply")}
              </Button>
            )}
            {mayResolve &&
              (resolved ? (
                <Button size="sm" variant="ghost" disabled={busy} onClick={() => void setResolved(false)}>
                  <RotateCcw aria-hidden="true" />
                  {t("reopen")}
                </Button>
              ) : (
                <Button size="sm" variant="ghost" disabled={busy} onClick={() => void setResolved(true)}>
                  <CircleCheck aria-hidden="true" />
                  {t("resolve")}
                </Button>
              ))}
          </div>
        )
      )}
    </article>
  );
}

function CommentHeader({ person, at, edited }: { person: CommentPerson; at: string; edited: boolean }) {
  const t = useTranslations("editor.comments");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  const date = new Date(at);
  const name = person?.name ?? t("unknownAuthor");
  return (
    <div className="flex min-w-0 items-center gap-2">
      <Avatar name={name} seed={person?.id} size="sm" />
      <div className="min-w-0 text-xs leading-tight">
        <p className="truncate font-semibold text-foreground">
          {name}
          {person?.institutionShortName && <span className="font-normal text-muted-foreground"> · {person.institutionShortName}</span>}
        </p>
        <p className="text-muted-foreground">
          <time dateTime={at} title={format.dateTime(date, { dateStyle: "long", timeStyle: "short" })}>
            {format.relativeTime(date, now)}
          </time>
          {edited && <> · {t("edited")}</>}
        </p>
      </div>
    </div>
  );
}

/** Comment text with "@Name" of known people and institutions set off like mentions. */
function MentionText({ text, mentionables }: { text: string; mentionables: readonly Mentionable[] }) {
  const labels = mentionables
    .map((m) => m.label)
    .filter((label) => label && text.includes(`@${label}`))
    .sort((a, b) => b.length - a.length);
  if (labels.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(@(?:${labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")}))`, "gu");
  return (
    <>
      {text.split(pattern).map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} className="rounded bg-info-soft px-0.5 font-medium text-info-soft-foreground">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
