// Static HTML of a document's ProseMirror JSON, for read-only views (past versions, print).
// Our own small renderer instead of ProseMirror's DOMSerializer, which needs a DOM on the
// server. Every text and attribute is escaped and links are limited to safe schemes, so
// the output may go into dangerouslySetInnerHTML even though the content is user-written.
import type { ProseMirrorJson } from "@/lib/editor/content";

export type RenderOptions = {
  /**
   * Shifts headings down (1 → h2) when the page already has its own h1, keeping one h1 per
   * page and the outline intact. Levels stop at h6.
   */
  headingOffset?: number;
  /** Accessible names of task-list check marks ("zrobione" / "do zrobienia"). */
  taskLabels?: { done: string; open: string };
};

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Only links a reader can safely follow: web, mail and phone, or relative to Quorum. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== "string") return null;
  const value = href.trim();
  if (/^(https?:|mailto:|tel:)/i.test(value)) return value;
  if (/^\/(?!\/)/.test(value) || value.startsWith("#")) return value;
  return null;
}

function positiveInt(value: unknown, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

// Marks are nested in this order, link outermost, so <a> wraps the styled text.
const MARK_ORDER = ["link", "bold", "italic", "underline", "strike", "code"];
const MARK_TAGS: Record<string, string> = { bold: "strong", italic: "em", underline: "u", strike: "s", code: "code" };

function renderText(node: ProseMirrorJson): string {
  let html = escapeHtml(node.text ?? "");
  const marks = [...(node.marks ?? [])].sort((a, b) => MARK_ORDER.indexOf(b.type) - MARK_ORDER.indexOf(a.type));
  for (const mark of marks) {
    if (mark.type === "link") {
      const href = safeHref(mark.attrs?.href);
      if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${html}</a>`;
    } else {
      const tag = MARK_TAGS[mark.type];
      if (tag) html = `<${tag}>${html}</${tag}>`;
    }
  }
  return html;
}

export function renderDocumentHtml(doc: ProseMirrorJson, options: RenderOptions = {}): string {
  const offset = options.headingOffset ?? 0;
  const labels = options.taskLabels ?? { done: "✓", open: "○" };

  const children = (node: ProseMirrorJson): string => (node.content ?? []).map(render).join("");

  function cell(node: ProseMirrorJson, tag: "td" | "th"): string {
    const colspan = positiveInt(node.attrs?.colspan, 1);
    const rowspan = positiveInt(node.attrs?.rowspan, 1);
    const attrs = `${colspan > 1 ? ` colspan="${colspan}"` : ""}${rowspan > 1 ? ` rowspan="${rowspan}"` : ""}${tag === "th" ? ' scope="col"' : ""}`;
    return `<${tag}${attrs}>${children(node)}</${tag}>`;
  }

  function render(node: ProseMirrorJson): string {
    switch (node.type) {
      case "doc":
        return children(node);
      case "text":
        return renderText(node);
      case "paragraph":
        return `<p>${children(node) || "<br>"}</p>`;
      case "heading": {
        const level = Math.min(6, positiveInt(node.attrs?.level, 1) + offset);
        return `<h${level}>${children(node)}</h${level}>`;
      }
      case "hardBreak":
        return "<br>";
      case "horizontalRule":
        return "<hr>";
      case "blockquote":
        return `<blockquote>${children(node)}</blockquote>`;
      case "codeBlock":
        return `<pre><code>${escapeHtml((node.content ?? []).map((c) => c.text ?? "").join(""))}</code></pre>`;
      case "bulletList":
        return `<ul>${children(node)}</ul>`;
      case "orderedList": {
        const start = positiveInt(node.attrs?.start, 1);
        return `<ol${start !== 1 ? ` start="${start}"` : ""}>${children(node)}</ol>`;
      }
      case "listItem":
        return `<li>${children(node)}</li>`;
      case "taskList":
        return `<ul data-type="taskList">${children(node)}</ul>`;
      case "taskItem": {
        const checked = node.attrs?.checked === true;
        const label = escapeHtml(checked ? labels.done : labels.open);
        return `<li data-checked="${checked}"><span class="task-check" role="img" aria-label="${label}">${checked ? "☑" : "☐"}</span><div>${children(node)}</div></li>`;
      }
      case "table":
        return `<table><tbody>${children(node)}</tbody></table>`;
      case "tableRow":
        return `<tr>${children(node)}</tr>`;
      case "tableHeader":
        return cell(node, "th");
      case "tableCell":
        return cell(node, "td");
      case "mention": {
        const label = String(node.attrs?.label ?? node.attrs?.id ?? "");
        return `<span class="mention">@${escapeHtml(label)}</span>`;
      }
      default:
        // A node type this renderer does not know (a newer schema): keep its text visible.
        return node.text !== undefined ? escapeHtml(node.text) : children(node);
    }
  }

  return render(doc);
}
