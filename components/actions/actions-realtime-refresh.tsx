"use client";
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { io } from "socket.io-client";

/**
 * Re-renders the page when someone changes an action in one of these groups (the server emits
 * "action:changed" to the group room after each commit). With `actionId`, only changes of that
 * action count. Refreshes are coalesced: a bulk edit of 30 rows refreshes once. Best effort:
 * without a socket the page still works.
 */
export function ActionsRealtimeRefresh({ groupIds, actionId }: { groupIds: string[]; actionId?: string }) {
  const router = useRouter();
  const key = groupIds.join(",");
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const groups = key ? key.split(",") : [];
    if (groups.length === 0) return;
    const socket = io({ path: "/socket.io", withCredentials: true, reconnectionAttempts: 5 });
    socket.on("connect", () => {
      for (const groupId of groups) socket.emit("group:join", groupId);
    });
    socket.on("action:changed", (payload: { actionId?: string } | undefined) => {
      if (actionId && payload?.actionId !== actionId) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => router.refresh(), 250);
    });
    return () => {
      if (timer.current) clearTimeout(timer.current);
      socket.disconnect();
    };
  }, [key, actionId, router]);
  return null;
}
