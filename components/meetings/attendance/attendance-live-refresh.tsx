"use client";
// Keeps an open attendance page current: joins the group's realtime room and re-renders the
// server components when someone marks attendance at this meeting.
import * as React from "react";
import { useRouter } from "next/navigation";
import { io } from "socket.io-client";

export function AttendanceLiveRefresh({ groupId, meetingId }: { groupId: string; meetingId: string }) {
  const router = useRouter();
  React.useEffect(() => {
    const socket = io({ withCredentials: true });
    // Rooms are per connection: join again after every reconnect.
    const join = () => socket.emit("group:join", groupId);
    socket.on("connect", join);
    socket.on("attendance:changed", (payload: { meetingId?: string } | undefined) => {
      if (payload?.meetingId === meetingId) router.refresh();
    });
    return () => {
      socket.off("connect", join);
      socket.disconnect();
    };
  }, [groupId, meetingId, router]);
  return null;
}
