"use client";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { io } from "socket.io-client";

/**
 * Re-renders a register page when a decision or an indicator of the group changes (the server
 * emits "decision:changed" / "indicator:changed" to the group room after each commit; decisions
 * recorded from the minutes editor included). With `id`, only changes of that record count.
 * Refreshes are coalesced. Best effort: without a socket the page still works.
 */
export function RegistersRealtimeRefresh({ groupId, event, id }: { groupId: string; event: "decision:changed" | "indicator:changed"; id?: string }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const socket = io({ path: "/socket.io", withCredentials: true, reconnectionAttempts: 5 });
    socket.on("connect", () => socket.emit("group:join", groupId));
    socket.on(event, (payload: { decisionId?: string; indicatorId?: string } | undefined) => {
      if (id && payload?.decisionId !== id && payload?.indicatorId !== id) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => router.refresh(), 250);
    });
    return () => {
      if (timer.current) clearTimeout(timer.current);
      socket.disconnect();
    };
  }, [groupId, event, id, router]);
  return null;
}
