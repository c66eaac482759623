"use client";
// A comment field with "@" suggestions: typing "@ewa" lists matching people and institutions
// of the group; picking one writes "@Ewa Dąbrowska" and remembers whom it names, so the
// server can e-mail them. Ctrl+Enter sends. The list follows the listbox pattern with
// aria-activedescendant; focus never leaves the field.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Building2, User } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { COMMENT_BODY_MAX, MENTIONS_MAX } from "@/lib/comments/schema";
import { filterMentionables, mentionIdOf, type Mentionable } from "@/components/documents/editor/mention-items";

export type ComposerResult = { ok: true } | { ok: false; message: string };

type Suggestion = { start: number; end: number; query: string; active: number };

const TRIGGER = /(^|\s)@([^\s@]{0,40})$/u;

/** Mentions whose "@Label" is still in the text (the person may have deleted one). */
export function mentionsInBody(body: string, picked: ReadonlyMap<string, string>): string[] {
  return [...picked].filter(([, label]) => body.includes(`@${label}`)).map(([id]) => id).slice(0, MENTIONS_MAX);
}

export function CommentComposer({
  label,
  placeholder,
  submitLabel,
  mentionables,
  autoFocus = false,
  rows = 3,
  onSubmit,
  onCancel,
}: {
  label: string;
  placeholder: string;
  submitLabel: string;
  mentionables: readonly Mentionable[];
  autoFocus?: boolean;
  rows?: number;
  onSubmit: (body: string, mentions: string[]) => Promise<ComposerResult>;
  onCancel?: () => void;
}) {
  const t = useTranslations("editor");
  const id = useId();
  const listId = `${id}-mentions`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const field = useRef<HTMLTextAreaElement | null>(null);
  const [body, setBody] = useState("");
  const [picked, setPicked] = useState<Map<string, string>>(() => new Map());
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const items = suggestion ? filterMentionables(mentionables, suggestion.query) : [];
  const activeId = suggestion && items.length > 0 ? `${listId}-${suggestion.active}` : undefined;

  const detect = (value: string, caret: number) => {
    const match = TRIGGER.exec(value.slice(0, caret));
    if (!match || mentionables.length === 0) {
      setSuggestion(null);
      return;
    }
    const query = match[2] ?? "";
    setSuggestion((previous) => ({ start: caret - query.length - 1, end: caret, query, active: previous?.query === query ? previous.active : 0 }));
  };

  const pick = (item: Mentionable) => {
    if (!suggestion) return;
    const insert = `@${item.label} `;
    const next = body.slice(0, suggestion.start) + insert + body.slice(suggestion.end);
    const caret = suggestion.start + insert.length;
    setBody(next);
    setPicked((previous) => new Map(previous).set(mentionIdOf(item), item.label));
    setSuggestion(null);
    requestAnimationFrame(() => {
      field.current?.focus();
      field.current?.setSelectionRange(caret, caret);
    });
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = body.trim();
    if (!text || pending) return;
    setPending(true);
    setError(null);
    const result = await onSubmit(text, mentionsInBody(text, picked));
    setPending(false);
    if (result.ok) {
      setBody("");
      setPicked(new Map());
      setSuggestion(null);
    } else {
      setError(result.message);
      field.current?.focus();
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestion && items.length > 0) {
      const move = (index: number) => setSuggestion({ ...suggestion, active: (index + items.length) % items.length });
      switch (event.key) {
        case "ArrowDown":
          event.preventDefault();
          move(suggestion.active + 1);
          return;
        case "ArrowUp":
          event.preventDefault();
          move(suggestion.active - 1);
          return;
        case "Enter":
        case "Tab":
          event.preventDefault();
          pick(items[suggestion.active]!);
          return;
        case "Escape":
          event.preventDefault();
          event.stopPropagation();
          setSuggestion(null);
          return;
      }
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    } else if (event.key === "Escape" && onCancel && !body) {
      event.preventDefault();
      onCancel();
    }
  };

  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(" ");
  const near = body.length > COMMENT_BODY_MAX * 0.9;

  return (
    <form onSubmit={submit} className="grid gap-2" noValidate>
      <Label htmlFor={`${id}-body`} className="sr-only">
        {label}
      </Label>
      <div className="relative">
        <Textarea
          ref={field}
          id={`${id}-body`}
          rows={rows}
          value={body}
          maxLength={COMMENT_BODY_MAX}
          placeholder={placeholder}
          autoFocus={autoFocus}
          disabled={pending}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-autocomplete="list"
          aria-controls={suggestion && items.length > 0 ? listId : undefined}
          aria-activedescendant={activeId}
          className="min-h-16 resize-y text-sm"
          onChange={(event) => {
            setBody(event.target.value);
            setError(null);
            detect(event.target.value, event.target.selectionStart);
          }}
          onSelect={(event) => detect(event.currentTarget.value, event.currentTarget.selectionStart)}
          onBlur={() => setSuggestion(null)}
          onKeyDown={onKeyDown}
        />
        {suggestion && items.length > 0 && (
          <ul id={listId} role="listbox" aria-label={t("mention.label")} className="suggestion-popup absolute top-full left-0 mt-1 w-full">
            {items.map((item, index) => (
              <li
                key={item.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === suggestion.active}
                onMouseDown={(event) => {
                  // Pick before the field blurs (which closes the list).
                  event.preventDefault();
                  pick(item);
                }}
              >
                <span aria-hidden="true" className="inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-3.5">
                  {item.kind === "institution" ? <Building2 /> : <User />}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="block truncate font-medium">{item.label}</span>
                  {item.detail && <span className="block truncate text-xs text-muted-foreground">{item.detail}</span>}
                </span>
                <span className="sr-only">, {item.kind === "institution" ? t("mention.institution") : t("mention.user")}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-destructive" role="alert">
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p id={hintId} className={cn("text-xs text-muted-foreground", near && "text-warning-soft-foreground")}>
          {near ? t("comments.characters", { count: body.length, max: COMMENT_BODY_MAX }) : t("comments.mentionHint")}
        </p>
        <div className="ml-auto flex gap-2">
          {onCancel && (
            <Button type="button" size="sm" variant="ghost" onClick={onCancel} disabled={pending}>
              {t("comments.cancel")}
            </Button>
          )}
          <Button type="submit" size="sm" disabled={pending || !body.trim()}>
            {submitLabel}
          </Button>
        </div>
      </div>
    </form>
  );
}
