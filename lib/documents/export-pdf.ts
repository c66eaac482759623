// A document as PDF (pdfmake 0.2 on the server). Fonts are the Roboto files bundled with
// pdfmake (its vfs): they cover Polish letters and need no network. Roboto has no ballot-box
// glyphs, so task-list boxes are drawn.
import { createRequire } from "node:module";
import path from "node:path";
import type PdfPrinterType from "pdfmake";
import type { Content, ContentTable, TableCell, TDocumentDefinitions, TFontDictionary } from "pdfmake/interfaces";
import type { ProseMirrorJson } from "@/lib/editor/content";
import { safeHref } from "@/lib/documents/render-html";
import { splitLeadingTitle, type ExportModel } from "@/lib/documents/export-model";

const PAGE_WIDTH = 595.28 - 2 * 50;
const MUTED = "#555555";
const RULE = "#a0a0a0";

/**
 * pdfmake (through pdfkit and fontkit) reads data files next to its own sources via
 * __dirname, which breaks once a bundler moves the code (Next's route bundles). So it is
 * loaded from node_modules at run time, with a require the bundler does not follow.
 */
type Pdfmake = { PdfPrinter: typeof PdfPrinterType; vfs: Record<string, string> };
let pdfmake: Pdfmake | undefined;
function loadPdfmake(): Pdfmake {
  if (!pdfmake) {
    const runtimeRequire = createRequire(path.join(process.cwd(), "package.json"));
    pdfmake = { PdfPrinter: runtimeRequire("pdfmake") as typeof PdfPrinterType, vfs: runtimeRequire("pdfmake/build/vfs_fonts.js") as Record<string, string> };
  }
  return pdfmake;
}

let fonts: TFontDictionary | undefined;
function robotoFonts(): TFontDictionary {
  if (!fonts) {
    const { vfs } = loadPdfmake();
    const file = (name: string) => Buffer.from(vfs[name] ?? "", "base64") as unknown as string;
    fonts = {
      Roboto: {
        normal: file("Roboto-Regular.ttf"),
        bold: file("Roboto-Medium.ttf"),
        italics: file("Roboto-Italic.ttf"),
        bolditalics: file("Roboto-MediumItalic.ttf"),
      },
    };
  }
  return fonts;
}

type Inline = { text: string; bold?: boolean; italics?: boolean; decoration?: ("underline" | "lineThrough")[]; link?: string; color?: string; background?: string };
type Style = Omit<Inline, "text">;

function inlines(nodes: ProseMirrorJson[] | undefined, base: Style = {}): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes ?? []) {
    if (node.type === "text") {
      const piece: Inline = { ...base, text: node.text ?? "" };
      const decoration: ("underline" | "lineThrough")[] = [];
      for (const mark of node.marks ?? []) {
        if (mark.type === "bold") piece.bold = true;
        else if (mark.type === "italic") piece.italics = true;
        else if (mark.type === "underline") decoration.push("underline");
        else if (mark.type === "strike") decoration.push("lineThrough");
        else if (mark.type === "code") piece.background = "#f1f1f1";
        else if (mark.type === "link") {
          const href = safeHref(mark.attrs?.href);
          if (href && !href.startsWith("/") && !href.startsWith("#")) {
            piece.link = href;
            piece.color = "#1e3a8a";
            decoration.push("underline");
          }
        }
      }
      if (decoration.length) piece.decoration = decoration;
      out.push(piece);
    } else if (node.type === "mention") {
      out.push({ ...base, text: `@${String(node.attrs?.label ?? node.attrs?.id ?? "")}`, bold: true, color: "#1e3a5f" });
    } else if (node.type === "hardBreak") {
      out.push({ ...base, text: "\n" });
    } else if (node.content) {
      out.push(...inlines(node.content, base));
    }
  }
  return out;
}

/** An empty paragraph still takes a line, as in the editor. */
function textBlock(parts: Inline[], extra: Record<string, unknown> = {}): Content {
  return { text: parts.length ? parts : " ", margin: [0, 0, 0, 6], ...extra } as Content;
}

function taskBox(checked: boolean): Content {
  const canvas: Record<string, unknown>[] = [{ type: "rect", x: 0, y: 2.5, w: 8.5, h: 8.5, lineWidth: 0.8, lineColor: "#333333" }];
  if (checked) canvas.push({ type: "polyline", points: [{ x: 1.8, y: 6.8 }, { x: 3.8, y: 9 }, { x: 7.2, y: 4 }], lineWidth: 1.2, lineColor: "#1e3a5f" });
  return { canvas, width: 14 } as unknown as Content;
}

function tableBody(node: ProseMirrorJson, blocks: (nodes: ProseMirrorJson[], bold: boolean) => Content[]): { body: TableCell[][]; headerRows: number } {
  const body: TableCell[][] = [];
  // Cells covered by a rowspan from a row above, per row.
  const covered = new Map<number, Set<number>>();
  const rows = node.content ?? [];
  rows.forEach((row, r) => {
    const out: TableCell[] = [];
    let col = 0;
    const skip = () => {
      while (covered.get(r)?.has(col)) {
        out[col] = {};
        col++;
      }
    };
    for (const cell of row.content ?? []) {
      skip();
      const colSpan = Math.max(1, Number(cell.attrs?.colspan ?? 1) || 1);
      const rowSpan = Math.max(1, Number(cell.attrs?.rowspan ?? 1) || 1);
      const header = cell.type === "tableHeader";
      out[col] = {
        stack: blocks(cell.content ?? [], header),
        ...(header ? { fillColor: "#edeff3" } : {}),
        ...(colSpan > 1 ? { colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
      } as TableCell;
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          if (dr === 0 && dc === 0) continue;
          if (dr === 0) out[col + dc] = {};
          else {
            if (!covered.has(r + dr)) covered.set(r + dr, new Set());
            covered.get(r + dr)!.add(col + dc);
          }
        }
      }
      col += colSpan;
    }
    skip();
    body.push(out);
  });
  // pdfmake wants every row equally long.
  const width = Math.max(1, ...body.map((r) => r.length));
  for (const row of body) for (let c = 0; c < width; c++) row[c] ??= {};
  let headerRows = 0;
  while (headerRows < rows.length && (rows[headerRows]!.content ?? []).every((c) => c.type === "tableHeader")) headerRows++;
  return { body, headerRows: headerRows < rows.length ? headerRows : 0 };
}

const gridLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => "#b8bec8",
  vLineColor: () => "#b8bec8",
  paddingLeft: () => 5,
  paddingRight: () => 5,
  paddingTop: () => 3,
  paddingBottom: () => 1,
};

function contentBlocks(nodes: ProseMirrorJson[], ctx: { quote: boolean; bold: boolean } = { quote: false, bold: false }): Content[] {
  const base: Style = { ...(ctx.quote ? { color: MUTED } : {}), ...(ctx.bold ? { bold: true } : {}) };
  const out: Content[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "paragraph":
        out.push(textBlock(inlines(node.content, base)));
        break;
      case "heading": {
        const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1) || 1));
        out.push(textBlock(inlines(node.content, base), { style: `h${level}` }));
        break;
      }
      case "codeBlock":
        out.push({
          table: { widths: ["*"], body: [[{ text: (node.content ?? []).map((c) => c.text ?? "").join(""), fontSize: 9, preserveLeadingSpaces: true }]] },
          layout: { ...gridLayout, hLineWidth: () => 0, vLineWidth: () => 0, fillColor: () => "#f4f4f4" },
          margin: [0, 0, 0, 6],
        } as unknown as Content);
        break;
      case "horizontalRule":
        out.push({ canvas: [{ type: "line", x1: 0, y1: 4, x2: PAGE_WIDTH, y2: 4, lineWidth: 0.5, lineColor: RULE }], margin: [0, 2, 0, 8] } as unknown as Content);
        break;
      case "blockquote":
        out.push({
          table: { widths: ["*"], body: [[{ stack: contentBlocks(node.content ?? [], { ...ctx, quote: true }) }]] },
          layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 2 : 0), vLineColor: () => RULE, paddingLeft: () => 10, paddingRight: () => 0, paddingTop: () => 0, paddingBottom: () => 0 },
          margin: [0, 0, 0, 6],
        } as unknown as Content);
        break;
      case "bulletList":
        out.push({ ul: (node.content ?? []).map((item) => ({ stack: contentBlocks(item.content ?? [], ctx) })), margin: [0, 0, 0, 4] } as unknown as Content);
        break;
      case "orderedList":
        out.push({
          ol: (node.content ?? []).map((item) => ({ stack: contentBlocks(item.content ?? [], ctx) })),
          start: Math.max(1, Number(node.attrs?.start ?? 1) || 1),
          margin: [0, 0, 0, 4],
        } as unknown as Content);
        break;
      case "taskList":
        for (const item of node.content ?? []) {
          out.push({ columns: [taskBox(item.attrs?.checked === true), { width: "*", stack: contentBlocks(item.content ?? [], ctx) }], columnGap: 4 } as unknown as Content);
        }
        break;
      case "table": {
        const { body, headerRows } = tableBody(node, (cells, bold) => contentBlocks(cells, { ...ctx, bold }));
        out.push({
          table: { headerRows, widths: Array.from({ length: body[0]?.length ?? 1 }, () => "*"), body },
          layout: gridLayout,
          margin: [0, 2, 0, 10],
        } as ContentTable);
        break;
      }
      default:
        if (node.content) out.push(...contentBlocks(node.content, ctx));
    }
  }
  return out;
}

export function buildPdfDefinition(model: ExportModel): TDocumentDefinitions {
  const content: Content[] = [];
  const { heading, rest } = splitLeadingTitle(model.content);
  content.push(heading ? textBlock(inlines(heading.content), { style: "title" }) : { text: model.title, style: "title" });
  content.push({ text: model.subtitle, color: MUTED, margin: [0, 0, 0, 8] });
  if (model.facts.length) {
    content.push({
      table: {
        widths: [130, "*"],
        body: model.facts.map((f) => [
          { text: f.label, bold: true },
          f.href && safeHref(f.href) ? { text: f.value, link: f.href, color: "#1e3a8a", decoration: "underline" } : { text: f.value },
        ]),
      },
      layout: "noBorders",
      margin: [0, 0, 0, 6],
    } as ContentTable);
  }
  content.push({ canvas: [{ type: "line", x1: 0, y1: 4, x2: PAGE_WIDTH, y2: 4, lineWidth: 0.5, lineColor: RULE }], margin: [0, 0, 0, 12] } as unknown as Content);
  content.push(...contentBlocks(rest));
  if (model.attendance) {
    const a = model.attendance;
    content.push({ text: a.heading, style: "h2", pageBreak: "before" } as Content);
    if (a.note) content.push({ text: a.note, italics: true, margin: [0, 0, 0, 6] });
    content.push({
      table: {
        headerRows: 1,
        widths: a.columns.map((_, i) => (i === 0 ? "*" : "auto")),
        body: [a.columns.map((c) => ({ text: c, bold: true, fillColor: "#edeff3" })), ...a.rows.map((row) => row.map((v) => ({ text: v })))],
      },
      layout: gridLayout,
    } as ContentTable);
  }
  return {
    pageSize: "A4",
    pageMargins: [50, 50, 50, 56],
    info: { title: model.title, subject: model.subtitle, creator: "Quorum", producer: "Quorum" },
    defaultStyle: { font: "Roboto", fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      h1: { fontSize: 18, bold: true, margin: [0, 6, 0, 6] },
      h2: { fontSize: 14.5, bold: true, margin: [0, 10, 0, 5] },
      h3: { fontSize: 12.5, bold: true, margin: [0, 8, 0, 4] },
      h4: { fontSize: 11.5, bold: true, margin: [0, 6, 0, 3] },
      h5: { fontSize: 10.5, bold: true, margin: [0, 6, 0, 3] },
      h6: { fontSize: 10.5, bold: true, italics: true, margin: [0, 6, 0, 3] },
    },
    footer: (currentPage: number, pageCount: number) => ({
      text: `${model.labels.page} ${currentPage} ${model.labels.of} ${pageCount} · ${model.labels.generated}`,
      alignment: "center",
      fontSize: 8,
      color: MUTED,
      margin: [50, 20, 50, 0],
    }),
    content,
  };
}

/** The PDF bytes. `compress: false` keeps text streams readable (tests look into them). */
export async function exportPdf(model: ExportModel, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { PdfPrinter } = loadPdfmake();
  const printer = new PdfPrinter(robotoFonts());
  const definition = { ...buildPdfDefinition(model), compress: options.compress ?? true };
  const pdf = printer.createPdfKitDocument(definition);
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    pdf.on("end", () => resolve(Buffer.concat(chunks)));
    pdf.on("error", reject);
    pdf.end();
  });
}
