"use client";
// The co-edited document: Tiptap on a Yjs document shared over the "/collab" socket
// (lib/collab/client), with presence, save state, "@" mentions, "/" blocks, a toolbar, a
// selection menu, comment threads anchored to the text, and live decision/action blocks
// (components/documents/editor/blocks) showing records of the group's registers. Rendered by
// the document page (a server component) with the rights it computed; the server enforces
// them again.
import "./editor.css";
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { AnyExtension } from "@tiptap/core";
import Collaboration from "@tiptap/extension-collaboration";
import CollaborationCaret from "@tiptap/extension-collaboration-caret";
import { Placeholder } from "@tiptap/extensions";
import { PluginKey } from "@tiptap/pm/state";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { io } from "socket.io-client";
import { toast } from "sonner";
import { Skeleton } from "@/components/ui/skeleton";
import { createCollabSession, type CollabSession } from "@/lib/collab/client/browser-session";
import type { ProviderState, SocketProvider } from "@/lib/collab/client/socket-provider";
import { COMMENT_QUOTE_MAX } from "@/lib/comments/schema";
import { getDocumentBlockContextAction, getDocumentBlockDataAction } from "@/lib/document-blocks/actions";
import type { BlockContext } from "@/lib/document-blocks/schema";
import { ACTION_BLOCK, DECISION_BLOCK } from "@/lib/editor/blocks/nodes";
import { DOCUMENT_FIELD, documentExtensions, MentionNode } from "@/lib/editor/extensions";
import { KeepBlocksWhileTyping, LiveActionBlock, LiveDecisionBlock } from "@/components/documents/editor/blocks/block-extensions";
import { BlockStore } from "@/components/documents/editor/blocks/block-store";
import { CreateBlockDialog, type BlockRequest } from "@/components/documents/editor/blocks/create-block-dialog";
import { captureTarget } from "@/components/documents/editor/blocks/insert-block";
import {
  anchorSelection,
  anchorsResolvable,
  CommentAnchors,
  DRAFT_ID,
  setCommentAnchors,
  threadRanges,
  type CommentAnchor,
  type ThreadRange,
} from "@/components/documents/editor/comment-anchors";
import { CommentsSidebar, type CommentDraft } from "@/components/documents/editor/comments-sidebar";
import { EditorBubbleMenu } from "@/components/documents/editor/editor-bubble-menu";
import { EditorToolbar, type EditorToolbarHandle } from "@/components/documents/editor/editor-toolbar";
import { LinkDialog } from "@/components/documents/editor/link-dialog";
import { filterMentionables, mentionIdOf, type Mentionable } from "@/components/documents/editor/mention-items";
import { PresenceBar, type AwarenessUser } from "@/components/documents/editor/presence-bar";
import { ReadOnlySelection } from "@/components/documents/editor/read-only-selection";
import { CollabFatalBanner, SaveIndicator } from "@/components/documents/editor/save-indicator";
import { isSlashRecordItem, SlashCommand, type SlashItemId, type SlashRecordItemId } from "@/components/documents/editor/slash-command";
import { SuggestionPopup } from "@/components/documents/editor/suggestion-popup";
import { SuggestionStore } from "@/components/documents/editor/suggestion-store";
import { useCommentThreads } from "@/components/documents/editor/use-comment-threads";

export type DocumentEditorProps = {
  documentId: string;
  readOnly: boolean;
  canComment: boolean;
  canModerateComments: boolean;
  user: { id: string; name: string; institutionShortName: string | null; color: string };
  mentionables: Mentionable[];
  /** Names the editing region for screen readers ("Document content: <title>"). */
  title?: string;
};

export function DocumentEditor(props: DocumentEditorProps) {
  const t = useTranslations("editor");
  const [session, setSession] = useState<CollabSession | null>(null);

  // One session (Yjs document, IndexedDB copy, socket) per document and person, browser only.
  useEffect(() => {
    const created = createCollabSession({ documentId: props.documentId, userId: props.user.id });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the session exists only in the browser, after mount
    setSession(created);
    return () => {
      setSession(null);
      created.destroy();
    };
  }, [props.documentId, props.user.id]);

  if (!session) {
    return (
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]" aria-busy="true">
        <div className="rounded-xl border bg-card p-6 shadow-card">
          <p className="sr-only" role="status">
            {t("loading")}
          </p>
          <Skeleton className="mb-4 h-8 w-1/3" />
          <Skeleton className="mb-2 h-4 w-full" />
          <Skeleton className="mb-2 h-4 w-11/12" />
          <Skeleton className="h-4 w-2/3" />
        </div>
        <Skeleton className="h-40 w-full" />
      </div>
    );
  }
  return <CollaborativeEditor key={`${props.documentId}:${props.user.id}`} session={session} {...props} />;
}

function useProviderState(provider: SocketProvider): ProviderState {
  return useSyncExternalStore(
    useCallback(
      (notify: () => void) => {
        provider.on("state", notify);
        return () => provider.off("state", notify);
      },
      [provider],
    ),
    () => provider.currentState,
    () => provider.currentState,
  );
}

type LatestValues = {
  mentionables: Mentionable[];
  t: ReturnType<typeof useTranslations<"editor">>;
  title: string | null;
  readOnly: boolean;
  activate: (threadId: string) => void;
  /** Rights to create decision/action blocks (null until loaded). */
  blockContext: BlockContext | null;
  requestBlock: (request: BlockRequest) => void;
};

/** A box for values that editor callbacks read later; the editor itself is built once. */
class Latest<T> {
  constructor(private value: T) {}
  get(): T {
    return this.value;
  }
  set(value: T): void {
    this.value = value;
  }
}

const CARET_FALLBACK = "#475569";

/** A collaborator's caret: a coloured bar with "Name · Institution" above it. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : CARET_FALLBACK;
  const caret = document.createElement("span");
  caret.className = "collaboration-carets__caret";
  caret.style.borderColor = color;
  // Carets live inside the text; screen readers must not read them as content.
  caret.setAttribute("aria-hidden", "true");
  const label = document.createElement("div");
  label.className = "collaboration-carets__label";
  label.style.backgroundColor = color;
  label.append(document.createTextNode(String(user.name ?? "")));
  if (typeof user.institution === "string" && user.institution) {
    const institution = document.createElement("span");
    institution.className = "collaboration-carets__label-institution";
    institution.textContent = ` · ${user.institution}`;
    label.append(institution);
  }
  caret.append(label);
  return caret;
}

function CollaborativeEditor({ session, ...props }: DocumentEditorProps & { session: CollabSession }) {
  const t = useTranslations("editor");
  const ids = useId();
  const editorId = `document-editor-${ids.replace(/:/g, "")}`;
  const hintId = `${editorId}-hint`;
  const listId = `${editorId}-suggestions`;
  const { provider } = session;
  const providerState = useProviderState(provider);
  const readOnly = props.readOnly || providerState.readOnly;
  const [cacheLoaded, setCacheLoaded] = useState(false);
  const [metaTitle, setMetaTitle] = useState<string | null>(null);
  const title = metaTitle ?? props.title ?? null;

  const [store] = useState(() => new SuggestionStore());
  const toolbar = useRef<EditorToolbarHandle | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [draft, setDraft] = useState<CommentDraft | null>(null);
  const [activeThreadId, setActiveThreadId] = useState<string | null>(null);
  const comments = useCommentThreads(props.documentId, provider);

  // Live decision/action blocks: their records, the rights to create them, the dialog.
  const tb = useTranslations("document-blocks");
  const [blocks] = useState(() => new BlockStore(props.documentId, getDocumentBlockDataAction));
  useEffect(() => blocks.setFailureMessage(tb("failed")), [blocks, tb]);
  const blockContext = useSyncExternalStore(blocks.subscribeContext, blocks.getContext, () => null);
  const [blockRequest, setBlockRequest] = useState<BlockRequest | null>(null);

  // Values read by long-lived editor callbacks (never during render); refreshed after each render.
  const [latest] = useState(
    () => new Latest<LatestValues>({ mentionables: props.mentionables, t, title, readOnly, activate: setActiveThreadId, blockContext, requestBlock: setBlockRequest }),
  );
  useEffect(() => {
    latest.set({ mentionables: props.mentionables, t, title, readOnly, activate: setActiveThreadId, blockContext, requestBlock: setBlockRequest });
  }, [latest, props.mentionables, t, title, readOnly, blockContext]);

  // The rights and choices for blocks, then the group's room for changes of the records shown.
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    void getDocumentBlockContextAction({ documentId: props.documentId })
      .then((result) => {
        if (!live || !result.ok) return;
        blocks.setContext(result.data);
        const socket = io({ path: "/socket.io", withCredentials: true, reconnectionAttempts: 5 });
        stop = blocks.listen(socket, result.data.groupId);
      })
      .catch(() => {
        // Offline: blocks still load on their own; creating them waits for the next visit.
      });
    return () => {
      live = false;
      stop?.();
    };
  }, [blocks, props.documentId]);

  useEffect(() => {
    let live = true;
    void session.cacheLoaded.then((loaded) => {
      if (live && loaded) setCacheLoaded(true);
    });
    const onMeta = (meta: { title?: string }) => {
      if (typeof meta.title === "string") setMetaTitle(meta.title);
    };
    provider.on("document-meta", onMeta);
    return () => {
      live = false;
      provider.off("document-meta", onMeta);
    };
  }, [session, provider]);

  const extensions = useMemo<AnyExtension[]>(() => {
    const self: AwarenessUser = {
      id: props.user.id,
      name: props.user.name,
      color: props.user.color,
      institution: props.user.institutionShortName,
    };
    const mention = MentionNode.configure({
      suggestion: {
        char: "@",
        pluginKey: new PluginKey("mentionSuggestion"),
        items: ({ query }) => filterMentionables(latest.get().mentionables, query),
        command: ({ editor, range, props: item }) => {
          const picked = item as unknown as Mentionable;
          editor
            .chain()
            .focus()
            .insertContentAt(range, [
              { type: "mention", attrs: { id: mentionIdOf(picked), label: picked.label } },
              { type: "text", text: " " },
            ])
            .run();
        },
        render: store.renderer("mention"),
      },
    });
    const replacements: Record<string, AnyExtension> = {
      [MentionNode.name]: mention,
      [DECISION_BLOCK]: LiveDecisionBlock.configure({ store: blocks }),
      [ACTION_BLOCK]: LiveActionBlock.configure({ store: blocks }),
    };
    return [
      ...documentExtensions().map((extension) => replacements[extension.name] ?? extension),
      Collaboration.configure({ document: session.doc, field: DOCUMENT_FIELD }),
      CollaborationCaret.configure({ provider, user: self, render: renderCaret }),
      Placeholder.configure({ placeholder: () => latest.get().t("placeholder") }),
      SlashCommand.configure({
        store,
        labelFor: (id: SlashItemId) => latest.get().t(`slash.${id}`),
        isAvailable: (id: SlashItemId) => {
          if (!isSlashRecordItem(id)) return true;
          const context = latest.get().blockContext;
          return Boolean(context && (id === "decision" ? context.canRecordDecision : context.canCreateAction));
        },
        onRecordItem: (id: SlashRecordItemId, e) => {
          const at = e.state.selection.from;
          latest.get().requestBlock({ kind: id, target: captureTarget(e.state, at, at), text: "" });
        },
      }),
      CommentAnchors.configure({ onActivate: (id) => latest.get().activate(id) }),
      ReadOnlySelection,
      KeepBlocksWhileTyping,
    ];
    // The editor is built once per session; later prop changes reach it through `latest`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);

  const editor = useEditor(
    {
      extensions,
      immediatelyRender: false,
      editable: false,
      editorProps: {
        attributes: () => {
          const { t: tr, title: name, readOnly: ro } = latest.get();
          return {
            id: editorId,
            role: "textbox",
            "aria-multiline": "true",
            "aria-label": name ? tr("regionLabel", { title: name }) : tr("regionLabelUntitled"),
            "aria-describedby": hintId,
            class: "document-prose",
            spellcheck: "true",
            lang: document.documentElement.lang || "pl",
            // A read-only text still takes focus, so keyboard users can select and comment.
            ...(ro ? { "aria-readonly": "true", tabindex: "0" } : {}),
          };
        },
      },
    },
    [extensions],
  );

  const ready = providerState.synced || cacheLoaded;
  const fatal = Boolean(providerState.error?.fatal);
  const editable = !readOnly && ready && !fatal;

  useEffect(() => {
    if (editor && !editor.isDestroyed && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  // Re-label the region when the title arrives or changes.
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta("addToHistory", false));
  }, [editor, title]);

  const openThreads = comments.threads.filter((thread) => !thread.resolvedAt);
  const activeResolved = comments.threads.find((thread) => thread.id === activeThreadId && thread.resolvedAt);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const anchors: CommentAnchor[] = [...openThreads, ...(activeResolved ? [activeResolved] : [])].map((thread) => ({
      id: thread.id,
      anchorStart: thread.anchorStart,
      anchorEnd: thread.anchorEnd,
    }));
    if (draft) anchors.push({ id: DRAFT_ID, anchorStart: draft.anchorStart, anchorEnd: draft.anchorEnd, draft: true });
    setCommentAnchors(editor, anchors, activeThreadId);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the thread list is the real input; derived arrays change every render
  }, [editor, comments.threads, draft, activeThreadId]);

  const rangeState = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      if (!e || e.isDestroyed) return { known: false, ranges: {} as Record<string, ThreadRange> };
      return { known: anchorsResolvable(e.state), ranges: Object.fromEntries(threadRanges(e.state)) };
    },
  });

  // A link from an e-mail (?thread=…) opens that thread once the threads are known.
  const [linkedThread, setLinkedThread] = useState<string | null>(() => new URLSearchParams(window.location.search).get("thread"));
  if (linkedThread && comments.status === "ready") {
    if (comments.threads.some((thread) => thread.id === linkedThread)) setActiveThreadId(linkedThread);
    setLinkedThread(null);
  }

  const startComment = useCallback(() => {
    if (!editor || !props.canComment) return;
    const anchor = anchorSelection(editor.state, COMMENT_QUOTE_MAX);
    if (!anchor) {
      toast.info(t("comments.needSelection"));
      return;
    }
    setDraft({ anchorStart: anchor.anchorStart, anchorEnd: anchor.anchorEnd, quote: anchor.quote });
    setActiveThreadId(null);
  }, [editor, props.canComment, t]);

  /** "Record as decision" / "Create action" on the selection: the dialog, then the block replaces it. */
  const requestBlockFromSelection = useCallback(
    (kind: BlockRequest["kind"]) => {
      if (!editor) return;
      const { state } = editor;
      const { from, to, empty } = state.selection;
      const text = empty ? "" : state.doc.textBetween(from, to, "\n", " ").trim();
      if (!text) {
        toast.info(tb("create.needSelection"));
        return;
      }
      // Replacing the selection would delete a block inside it (and hide its record from the text).
      let containsBlock = false;
      state.doc.nodesBetween(from, to, (node) => {
        if (node.type.name === DECISION_BLOCK || node.type.name === ACTION_BLOCK) containsBlock = true;
        return !containsBlock;
      });
      if (containsBlock) {
        toast.info(tb("create.selectionHasBlock"));
        return;
      }
      setBlockRequest({ kind, target: captureTarget(state, from, to), text });
    },
    [editor, tb],
  );

  const showInText = useCallback(
    (threadId: string) => {
      if (!editor) return;
      const range = threadRanges(editor.state).get(threadId);
      setActiveThreadId(threadId);
      if (!range) return;
      editor.chain().setTextSelection(range).scrollIntoView().run();
      editor.view.focus();
      const { node } = editor.view.domAtPos(range.from);
      (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: "center", behavior: "smooth" });
    },
    [editor],
  );

  const onFrameKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey && event.key === "F10" && !readOnly) {
      event.preventDefault();
      toolbar.current?.focus();
    } else if ((event.ctrlKey || event.metaKey) && event.altKey && event.code === "KeyM") {
      event.preventDefault();
      startComment();
    }
  };

  return (
    <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,1fr)_20rem] xl:grid-cols-[minmax(0,1fr)_22rem]">
      <section aria-label={title ?? t("regionLabelUntitled")} className="min-w-0 overflow-visible rounded-xl border bg-card shadow-card">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 border-b px-3 py-2">
          <PresenceBar provider={provider} selfId={props.user.id} />
          <SaveIndicator state={providerState} />
        </div>
        <CollabFatalBanner state={providerState} />
        {editor && !readOnly && (
          <EditorToolbar
            ref={toolbar}
            editor={editor}
            controlsId={editorId}
            canComment={props.canComment}
            onComment={startComment}
            onLink={() => setLinkOpen(true)}
          />
        )}
        <div className="document-editor-frame rounded-b-xl" onKeyDown={onFrameKeyDown}>
          {editor ? (
            <EditorContent editor={editor} />
          ) : (
            <div className="document-prose" aria-hidden="true">
              <Skeleton className="mb-2 h-4 w-full" />
              <Skeleton className="h-4 w-2/3" />
            </div>
          )}
        </div>
        <p id={hintId} className="sr-only">
          {t("keyboardHint")}
        </p>
        {editor && (
          <>
            <EditorBubbleMenu
              editor={editor}
              editable={editable}
              canComment={props.canComment}
              onComment={startComment}
              onLink={() => setLinkOpen(true)}
              canRecordDecision={blockContext?.canRecordDecision ?? false}
              canCreateAction={blockContext?.canCreateAction ?? false}
              onRecordDecision={() => requestBlockFromSelection("decision")}
              onCreateAction={() => requestBlockFromSelection("action")}
            />
            <SuggestionPopup store={store} editor={editor} listId={listId} />
            <LinkDialog editor={editor} open={linkOpen} onOpenChange={setLinkOpen} />
            <CreateBlockDialog editor={editor} documentId={props.documentId} context={blockContext} request={blockRequest} onClose={() => setBlockRequest(null)} />
          </>
        )}
      </section>
      <CommentsSidebar
        documentId={props.documentId}
        threads={comments.threads}
        status={comments.status}
        onReload={() => void comments.reload()}
        onThreadsChanged={comments.setThreads}
        ranges={rangeState?.ranges ?? {}}
        rangesKnown={rangeState?.known ?? false}
        draft={draft}
        onDraftDone={(threadId) => {
          setDraft(null);
          if (threadId) setActiveThreadId(threadId);
          editor?.commands.focus();
        }}
        activeThreadId={activeThreadId}
        onActivate={setActiveThreadId}
        onShowInText={showInText}
        canComment={props.canComment}
        canModerateComments={props.canModerateComments}
        userId={props.user.id}
        mentionables={props.mentionables}
      />
    </div>
  );
}
