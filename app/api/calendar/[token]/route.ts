// The personal calendar feed: no session, the secret token in the URL is the credential
// (calendar clients cannot sign in). Unknown or revoked tokens get 404; the response is never
// cached, since it is personal and must reflect changes at the next poll.
import { findCalendarFeedOwner, listCalendarFeedMeetings } from "@/lib/calendar-feed/data";
import { personalFeedCalendar } from "@/lib/calendar-feed/ics-files";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // Clients may append ".ics" to the URL; accept it.
  const owner = await findCalendarFeedOwner(token.replace(/\.ics$/, ""));
  if (!owner) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const meetings = await listCalendarFeedMeetings(owner.id);
  return new Response(personalFeedCalendar(owner.name, meetings), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="quorum.ics"',
      "Cache-Control": "no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
