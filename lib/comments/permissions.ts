// Who may do what with one comment thread, on top of the document rules in canDocument:
// anyone who may comment may reply; resolving and reopening belong to the thread's author
// and to whoever moderates the document's comments. Pure, so the sidebar asks the same.
import { canDocument, type Actor, type DocumentRef } from "@/lib/permissions/ability";

export type ThreadAction = "reply" | "resolve" | "reopen";
export type ThreadRef = { createdById: string | null };

export function canCommentThread(actor: Actor, action: ThreadAction, doc: DocumentRef, thread: ThreadRef): boolean {
  if (!canDocument(actor, "comment", doc)) return false;
  switch (action) {
    case "reply":
      return true;
    case "resolve":
    case "reopen":
      return thread.createdById === actor.id || canDocument(actor, "moderateComments", doc);
  }
}
