import { env } from "@/lib/env";

export function calendarFeedUrl(token: string): string {
  return `${env.appUrl.replace(/\/$/, "")}/api/calendar/${token}`;
}

export function meetingUrl(meetingId: string): string {
  return `${env.appUrl.replace(/\/$/, "")}/meetings/${meetingId}`;
}
