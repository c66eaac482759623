"use client";
// Keeps an open poll page current: joins the group's realtime room and re-renders the server
// components when anyone answers or the poll is scheduled (event "poll:changed", docs/protocol.md).
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { io } from "socket.io-client";

export function PollLiveRefresh({ groupId, pollId }: { groupId: string; pollId?: string }) {
  const router = useRouter();
  useEffect(() => {
    const socket = io();
    // Rooms do not survive a reconnect, so join on every connect.
    const join = () => socket.emit("group:join", groupId, () => undefined);
    const onChanged = (payload: { pollId?: string } | undefined) => {
      if (!pollId || payload?.pollId === pollId) router.refresh();
    };
    socket.on("connect", join);
    socket.on("poll:changed", onChanged);
    return () => {
      socket.off("connect", join);
      socket.off("poll:changed", onChanged);
      socket.disconnect();
    };
  }, [groupId, pollId, router]);
  return null;
}
