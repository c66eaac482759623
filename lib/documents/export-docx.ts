// A document as a real Word file (the `docx` package): Word's own heading styles and list
// numbering, so the file can be edited further, restyled and navigated like any other.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import type { ProseMirrorJson } from "@/lib/editor/content";
import { safeHref } from "@/lib/documents/render-html";
import { splitLeadingTitle, type ExportModel, type ExportTable } from "@/lib/documents/export-model";

const ORDERED = "quorum-ordered";
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const MONO = "Courier New";
const MUTED = "555555";

type RunStyle = Omit<IRunOptions, "text" | "children" | "break">;
type Block = Paragraph | Table;
type Context = {
  /** Nesting of lists: 0 outside any list. */
  depth: number;
  quote: boolean;
  /** Table header cells. */
  bold?: boolean;
  /** Set for the first paragraph of a list item: the bullet or number it carries. */
  list?: { kind: "bullet" } | { kind: "ordered"; instance: number } | { kind: "task"; checked: boolean };
};

function runStyleOf(marks: ProseMirrorJson["marks"], base: RunStyle): RunStyle {
  const style: { -readonly [K in keyof RunStyle]: RunStyle[K] } = { ...base };
  for (const mark of marks ?? []) {
    if (mark.type === "bold") style.bold = true;
    else if (mark.type === "italic") style.italics = true;
    else if (mark.type === "underline") style.underline = {};
    else if (mark.type === "strike") style.strike = true;
    else if (mark.type === "code") {
      style.font = MONO;
      style.shading = { type: ShadingType.CLEAR, fill: "F1F1F1", color: "auto" };
    }
  }
  return style;
}

function inlineRuns(nodes: ProseMirrorJson[] | undefined, base: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes ?? []) {
    if (node.type === "text") {
      const style = runStyleOf(node.marks, base);
      const link = node.marks?.find((m) => m.type === "link");
      const href = link ? safeHref(link.attrs?.href) : null;
      if (href) out.push(new ExternalHyperlink({ link: href, children: [new TextRun({ ...style, text: node.text ?? "", style: "Hyperlink" })] }));
      else out.push(new TextRun({ ...style, text: node.text ?? "" }));
    } else if (node.type === "mention") {
      out.push(new TextRun({ ...base, bold: true, color: "1E3A5F", text: `@${String(node.attrs?.label ?? node.attrs?.id ?? "")}` }));
    } else if (node.type === "hardBreak") {
      out.push(new TextRun({ ...base, text: "", break: 1 }));
    } else if (node.content) {
      out.push(...inlineRuns(node.content, base));
    }
  }
  return out;
}

export function buildDocxDocument(model: ExportModel): Document {
  let orderedInstances = 0;

  function paragraphFor(node: ProseMirrorJson, ctx: Context): Paragraph {
    const indent = ctx.depth > 0 || ctx.quote ? { left: 360 * ctx.depth + (ctx.quote ? 567 : 0) + (ctx.list ? 0 : ctx.depth > 0 ? 360 : 0) } : undefined;
    const quoteBorder = ctx.quote ? { border: { left: { style: BorderStyle.SINGLE, size: 12, color: "A0A0A0", space: 8 } } } : {};
    const base: RunStyle = { ...(ctx.quote ? { color: MUTED } : {}), ...(ctx.bold ? { bold: true } : {}) };
    if (node.type === "heading") {
      const level = Math.min(6, Math.max(1, Number(node.attrs?.level ?? 1) || 1));
      return new Paragraph({ heading: HEADINGS[level - 1], children: inlineRuns(node.content, base), ...quoteBorder });
    }
    if (node.type === "codeBlock") {
      const lines = (node.content ?? []).map((c) => c.text ?? "").join("").split("\n");
      return new Paragraph({
        shading: { type: ShadingType.CLEAR, fill: "F4F4F4", color: "auto" },
        indent,
        children: lines.map((line, i) => new TextRun({ text: line, font: MONO, size: 20, ...(i > 0 ? { break: 1 } : {}) })),
      });
    }
    const children = inlineRuns(node.content, base);
    const list = ctx.list;
    ctx.list = undefined;
    if (list?.kind === "bullet") return new Paragraph({ bullet: { level: Math.min(8, ctx.depth - 1) }, children, ...quoteBorder });
    if (list?.kind === "ordered") {
      return new Paragraph({ numbering: { reference: ORDERED, level: Math.min(8, ctx.depth - 1), instance: list.instance }, children, ...quoteBorder });
    }
    if (list?.kind === "task") {
      return new Paragraph({
        indent: { left: 360 * ctx.depth, hanging: 360 },
        children: [new TextRun({ text: list.checked ? "☑\t" : "☐\t" }), ...children],
        ...quoteBorder,
      });
    }
    return new Paragraph({ indent, children, ...quoteBorder });
  }

  function tableFor(node: ProseMirrorJson): Table {
    const rows = (node.content ?? []).map(
      (row) =>
        new TableRow({
          tableHeader: (row.content ?? []).every((c) => c.type === "tableHeader"),
          children: (row.content ?? []).map((cell) => {
            const header = cell.type === "tableHeader";
            const blocks = blocksOf(cell.content ?? [], { depth: 0, quote: false, bold: header });
            return new TableCell({
              columnSpan: Number(cell.attrs?.colspan ?? 1) || 1,
              rowSpan: Number(cell.attrs?.rowspan ?? 1) || 1,
              shading: header ? { type: ShadingType.CLEAR, fill: "EDEFF3", color: "auto" } : undefined,
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              children: blocks.length ? blocks : [new Paragraph({ children: [] })],
            });
          }),
        }),
    );
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
  }

  function blocksOf(nodes: ProseMirrorJson[], ctx: Context): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case "paragraph":
        case "heading":
        case "codeBlock":
          out.push(paragraphFor(node, ctx));
          break;
        case "horizontalRule":
          out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "A0A0A0", space: 1 } }, children: [] }));
          break;
        case "blockquote":
          out.push(...blocksOf(node.content ?? [], { ...ctx, quote: true }));
          break;
        case "bulletList":
        case "orderedList":
        case "taskList": {
          const instance = node.type === "orderedList" ? ++orderedInstances : 0;
          for (const item of node.content ?? []) {
            const itemCtx: Context = {
              depth: ctx.depth + 1,
              quote: ctx.quote,
              list:
                node.type === "bulletList"
                  ? { kind: "bullet" }
                  : node.type === "orderedList"
                    ? { kind: "ordered", instance }
                    : { kind: "task", checked: item.attrs?.checked === true },
            };
            out.push(...blocksOf(item.content ?? [], itemCtx));
          }
          break;
        }
        case "table":
          out.push(tableFor(node), new Paragraph({ children: [] }));
          break;
        default:
          if (node.content) out.push(...blocksOf(node.content, ctx));
      }
    }
    return out;
  }

  const children: Block[] = [];
  const { heading, rest } = splitLeadingTitle(model.content);
  children.push(new Paragraph({ heading: HeadingLevel.TITLE, children: heading ? inlineRuns(heading.content) : [new TextRun(model.title)] }));
  children.push(new Paragraph({ children: [new TextRun({ text: model.subtitle, color: MUTED })], spacing: { after: 120 } }));
  if (model.facts.length) children.push(factsTable(model));
  children.push(new Paragraph({ children: [] }));
  children.push(...blocksOf(rest, { depth: 0, quote: false }));
  if (model.attendance) children.push(...attendanceBlocks(model.attendance));

  return new Document({
    creator: "Quorum",
    title: model.title,
    description: model.subtitle,
    styles: {
      default: { document: { run: { font: "Calibri", size: 22 } } },
    },
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3]!,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ color: MUTED, size: 18, children: [`${model.labels.page} `, PageNumber.CURRENT, ` ${model.labels.of} `, PageNumber.TOTAL_PAGES] }),
                  new TextRun({ color: MUTED, size: 18, text: ` · ${model.labels.generated}` }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

function factsTable(model: ExportModel): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    columnWidths: [2600, 6400],
    rows: model.facts.map(
      (fact) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 28, type: WidthType.PERCENTAGE }, children: [new Paragraph({ children: [new TextRun({ text: fact.label, bold: true })] })] }),
            new TableCell({
              width: { size: 72, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({
                  children: [
                    fact.href && safeHref(fact.href)
                      ? new ExternalHyperlink({ link: fact.href, children: [new TextRun({ text: fact.value, style: "Hyperlink" })] })
                      : new TextRun(fact.value),
                  ],
                }),
              ],
            }),
          ],
        }),
    ),
  });
}

function attendanceBlocks(table: ExportTable): Block[] {
  const out: Block[] = [new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, children: [new TextRun(table.heading)] })];
  if (table.note) out.push(new Paragraph({ children: [new TextRun({ text: table.note, italics: true })] }));
  out.push(
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: table.columns.map(
            (c) =>
              new TableCell({
                shading: { type: ShadingType.CLEAR, fill: "EDEFF3", color: "auto" },
                margins: { top: 60, bottom: 60, left: 100, right: 100 },
                children: [new Paragraph({ children: [new TextRun({ text: c, bold: true })] })],
              }),
          ),
        }),
        ...table.rows.map(
          (row) =>
            new TableRow({
              children: row.map((value) => new TableCell({ margins: { top: 60, bottom: 60, left: 100, right: 100 }, children: [new Paragraph(value)] })),
            }),
        ),
      ],
    }),
  );
  return out;
}

export async function exportDocx(model: ExportModel): Promise<Buffer> {
  return Packer.toBuffer(buildDocxDocument(model));
}
