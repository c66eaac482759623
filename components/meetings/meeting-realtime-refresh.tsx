"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { io } from "socket.io-client";

/**
 * Re-renders the page when someone changes a meeting of this group (the server emits
 * "meeting:changed" to the group room). Best effort: without a socket the page still works.
 */
export function MeetingRealtimeRefresh({ groupId, meetingId }: { groupId: string; meetingId?: string }) {
  const router = useRouter();
  useEffect(() => {
    const socket = io({ path: "/socket.io", withCredentials: true, reconnectionAttempts: 5 });
    socket.on("connect", () => socket.emit("group:join", groupId));
    socket.on("meeting:changed", (payload: { meetingId?: string } | undefined) => {
      if (!meetingId || payload?.meetingId === meetingId) router.refresh();
    });
    return () => {
      socket.disconnect();
    };
  }, [groupId, meetingId, router]);
  return null;
}
