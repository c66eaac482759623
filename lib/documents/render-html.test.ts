import { describe, expect, it } from "vitest";
import { renderDocumentHtml, safeHref } from "@/lib/documents/render-html";
import { encodeDocumentJson, stateToJson, type ProseMirrorJson } from "@/lib/editor/content";

const text = (value: string, marks?: ProseMirrorJson["marks"]): ProseMirrorJson => ({ type: "text", text: value, marks });
const doc = (...content: ProseMirrorJson[]): ProseMirrorJson => ({ type: "doc", content });

describe("renderDocumentHtml", () => {
  it("renders headings, paragraphs and marks", () => {
    const html = renderDocumentHtml(
      doc(
        { type: "heading", attrs: { level: 1 }, content: [text("Protokół")] },
        {
          type: "paragraph",
          content: [
            text("Gruby", [{ type: "bold" }]),
            text(" i "),
            text("link", [{ type: "italic" }, { type: "link", attrs: { href: "https://umws.example/strategia" } }]),
            text(" "),
            text("kod", [{ type: "code" }]),
            text(" "),
            text("skreślone", [{ type: "strike" }, { type: "underline" }]),
          ],
        },
      ),
    );
    expect(html).toBe(
      '<h1>Protokół</h1><p><strong>Gruby</strong> i <a href="https://umws.example/strategia" rel="noopener noreferrer nofollow"><em>link</em></a> <code>kod</code> <u><s>skreślone</s></u></p>',
    );
  });

  it("escapes text and drops unsafe links", () => {
    const html = renderDocumentHtml(
      doc({
        type: "paragraph",
        content: [text('<script>alert("x")</script>'), text("klik", [{ type: "link", attrs: { href: "javascript:alert(1)" } }])],
      }),
    );
    expect(html).toBe("<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;klik</p>");
    expect(safeHref("//evil.example")).toBeNull();
    expect(safeHref("/documents/abc")).toBe("/documents/abc");
    expect(safeHref("mailto:dpr@umws.example")).toBe("mailto:dpr@umws.example");
  });

  it("shifts headings below the page's own h1, up to h6", () => {
    const html = renderDocumentHtml(
      doc({ type: "heading", attrs: { level: 1 }, content: [text("A")] }, { type: "heading", attrs: { level: 6 }, content: [text("B")] }),
      { headingOffset: 1 },
    );
    expect(html).toBe("<h2>A</h2><h6>B</h6>");
  });

  it("renders lists, task lists, tables, quotes, code, rules and mentions", () => {
    const p = (value: string): ProseMirrorJson => ({ type: "paragraph", content: [text(value)] });
    const html = renderDocumentHtml(
      doc(
        { type: "bulletList", content: [{ type: "listItem", content: [p("a")] }] },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [p("b")] }] },
        { type: "taskList", content: [{ type: "taskItem", attrs: { checked: true }, content: [p("c")] }] },
        { type: "table", content: [{ type: "tableRow", content: [{ type: "tableHeader", attrs: { colspan: 2 }, content: [p("h")] }] }] },
        { type: "blockquote", content: [p("q")] },
        { type: "codeBlock", content: [text("x < y")] },
        { type: "horizontalRule" },
        { type: "paragraph", content: [{ type: "mention", attrs: { id: "user:1", label: "Anna <K>" } }] },
        { type: "paragraph" },
      ),
      { taskLabels: { done: "zrobione", open: "do zrobienia" } },
    );
    expect(html).toBe(
      [
        "<ul><li><p>a</p></li></ul>",
        '<ol start="3"><li><p>b</p></li></ol>',
        '<ul data-type="taskList"><li data-checked="true"><span class="task-check" role="img" aria-label="zrobione">☑</span><div><p>c</p></div></li></ul>',
        '<table><tbody><tr><th colspan="2" scope="col"><p>h</p></th></tr></tbody></table>',
        "<blockquote><p>q</p></blockquote>",
        "<pre><code>x &lt; y</code></pre>",
        "<hr>",
        '<p><span class="mention">@Anna &lt;K&gt;</span></p>',
        "<p><br></p>",
      ].join(""),
    );
  });

  it("renders what comes back from a stored Yjs state", () => {
    const stored = stateToJson(
      encodeDocumentJson(doc({ type: "heading", attrs: { level: 2 }, content: [text("Decyzje")] }, { type: "paragraph", content: [text("Przyjęto.")] })),
    );
    expect(renderDocumentHtml(stored)).toBe("<h2>Decyzje</h2><p>Przyjęto.</p>");
  });
});
