"use client";
// The document's comment threads: loaded on open, and again whenever the server says they
// changed ("comments:changed" on the document socket) or after a reconnect (changes made
// while we were offline were not announced to us).
import { useCallback, useEffect, useRef, useState } from "react";
import { listCommentThreadsAction } from "@/lib/comments/actions";
import type { CommentThreadView } from "@/lib/comments/schema";
import type { SocketProvider } from "@/lib/collab/client/socket-provider";

export type ThreadsStatus = "loading" | "ready" | "error";

const REFETCH_DEBOUNCE_MS = 150;

export function useCommentThreads(documentId: string, provider: SocketProvider) {
  const [threads, setThreadsState] = useState<CommentThreadView[]>([]);
  const [status, setStatus] = useState<ThreadsStatus>("loading");
  // Answers may arrive out of order; only the newest request may set the list.
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const request = ++latest.current;
    try {
      const result = await listCommentThreadsAction({ documentId });
      if (request !== latest.current) return;
      if (result.ok) {
        setThreadsState(result.data.threads);
        setStatus("ready");
      } else {
        setStatus("error");
      }
    } catch {
      if (request === latest.current) setStatus((s) => (s === "ready" ? s : "error"));
    }
  }, [documentId]);

  /** A mutation's answer carries the fresh list; it supersedes requests in flight. */
  const setThreads = useCallback((next: CommentThreadView[]) => {
    latest.current++;
    setThreadsState(next);
    setStatus("ready");
  }, []);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const schedule = (delay: number = REFETCH_DEBOUNCE_MS) => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void reload(), delay);
    };
    const onChange = () => schedule();
    schedule(0);
    provider.on("comments-changed", onChange);
    provider.on("synced", onChange);
    return () => {
      if (timer) clearTimeout(timer);
      provider.off("comments-changed", onChange);
      provider.off("synced", onChange);
    };
  }, [provider, reload]);

  return { threads, status, reload, setThreads };
}
