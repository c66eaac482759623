import { cn } from "@/components/ui/cn";
import { renderDocumentHtml } from "@/lib/documents/render-html";
import type { ProseMirrorJson } from "@/lib/editor/content";

/**
 * Typography for read-only document content (past versions, print, comparisons), matching
 * the editor's look: headings, lists, tables, quotes and mentions.
 */
export const documentProseClass = cn(
  "max-w-none text-[0.9375rem] leading-relaxed text-foreground break-words [&>:first-child]:mt-0",
  "[&_h1]:mt-2 [&_h1]:mb-4 [&_h1]:text-2xl [&_h1]:font-semibold [&_h1]:tracking-tight",
  "[&_h2]:mt-6 [&_h2]:mb-3 [&_h2]:text-xl [&_h2]:font-semibold",
  "[&_h3]:mt-5 [&_h3]:mb-2 [&_h3]:text-lg [&_h3]:font-semibold",
  "[&_h4]:mt-4 [&_h4]:mb-2 [&_h4]:font-semibold [&_h5]:mt-4 [&_h5]:font-semibold [&_h6]:mt-4 [&_h6]:font-semibold [&_h6]:italic",
  "[&_p]:my-2 [&_a]:text-primary [&_a]:underline [&_a]:underline-offset-4",
  "[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_li>p]:my-1",
  "[&_ul[data-type=taskList]]:list-none [&_ul[data-type=taskList]]:pl-0 [&_li[data-checked]]:flex [&_li[data-checked]]:gap-2 [&_.task-check]:mt-1 [&_.task-check]:leading-none",
  "[&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-border [&_blockquote]:pl-4 [&_blockquote]:text-muted-foreground",
  "[&_pre]:my-3 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-muted [&_pre]:p-3 [&_pre]:text-sm [&_code]:rounded [&_code]:bg-muted [&_code]:px-1 [&_code]:text-[0.875em]",
  "[&_hr]:my-6 [&_hr]:border-border",
  "[&_table]:my-4 [&_table]:w-full [&_table]:border-collapse [&_table]:text-sm [&_td]:border [&_td]:border-border [&_td]:px-2 [&_td]:py-1.5 [&_td]:align-top [&_th]:border [&_th]:border-border [&_th]:bg-muted [&_th]:px-2 [&_th]:py-1.5 [&_th]:text-left [&_th]:align-top [&_th]:font-semibold [&_td>p]:my-0 [&_th>p]:my-0",
  "[&_.mention]:rounded [&_.mention]:bg-info-soft [&_.mention]:px-1 [&_.mention]:font-medium [&_.mention]:text-info-soft-foreground",
);

type Props = {
  content: ProseMirrorJson;
  /** Accessible names of task-list check marks. */
  taskLabels: { done: string; open: string };
  className?: string;
  /** Landmark label; the content is a region of its own when given. */
  label?: string;
  /** 1 (default) under a page whose h1 is the document's title; 0 when the content's own headings lead. */
  headingOffset?: number;
};

/** Read-only HTML of a document (escaped by the renderer, so safe to inject). */
export function DocumentContent({ content, taskLabels, className, label, headingOffset = 1 }: Props) {
  const html = renderDocumentHtml(content, { headingOffset, taskLabels });
  return (
    <div
      className={cn(documentProseClass, className)}
      role={label ? "region" : undefined}
      aria-label={label}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
