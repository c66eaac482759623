// Live blocks of the minutes: a decision of the register and an agreed action, each an atom
// that only points at its record ({ decisionId } / { actionId }). The editor draws them with
// React node views that load the record (components/documents/editor/blocks); everywhere else
// (server-side schema, HTML copy, plain text) they fall back to a short readable label.
//
// `label` is the record's number at insertion time ("3/2026", "#12"). Numbers never change
// once given, so it is safe to keep for plain text, search and exports, which cannot reach the
// database; everything else (text, status, owner, due date) is read live and never stored here.
import { mergeAttributes, Node } from "@tiptap/core";

export const DECISION_BLOCK = "decisionBlock";
export const ACTION_BLOCK = "actionBlock";

/** Record ids are cuids; anything else in pasted HTML is ignored rather than trusted. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** "3/2026" for decisions, "#12" for actions. */
const LABEL_PATTERN = /^#?\d{1,6}(\/\d{4})?$/;

export function cleanBlockId(value: unknown): string | null {
  return typeof value === "string" && ID_PATTERN.test(value) ? value : null;
}

export function cleanBlockLabel(value: unknown): string | null {
  return typeof value === "string" && LABEL_PATTERN.test(value) ? value : null;
}

/** The plain-text form of a block: "[Decyzja 3/2026]", "[Działanie #12]". */
export function blockPlainText(type: typeof DECISION_BLOCK | typeof ACTION_BLOCK, label: unknown): string {
  const clean = cleanBlockLabel(label);
  const word = type === DECISION_BLOCK ? "Decyzja" : "Działanie";
  return clean ? `[${word} ${clean}]` : `[${word}]`;
}

type BlockConfig = {
  name: typeof DECISION_BLOCK | typeof ACTION_BLOCK;
  idAttribute: "decisionId" | "actionId";
  /** data-* attribute carrying the id in HTML. */
  dataAttribute: "data-decision-id" | "data-action-id";
  /** Where the record lives in Quorum, for the HTML fallback. */
  href: (id: string) => string;
};

function createBlockNode({ name, idAttribute, dataAttribute, href }: BlockConfig) {
  return Node.create({
    name,
    group: "block",
    atom: true,
    selectable: true,
    draggable: true,

    addAttributes() {
      return {
        [idAttribute]: {
          default: null,
          parseHTML: (element: HTMLElement) => cleanBlockId(element.getAttribute(dataAttribute)),
          renderHTML: (attributes: Record<string, unknown>) => {
            const id = cleanBlockId(attributes[idAttribute]);
            return id ? { [dataAttribute]: id } : {};
          },
        },
        label: {
          default: null,
          parseHTML: (element: HTMLElement) => cleanBlockLabel(element.getAttribute("data-label")),
          renderHTML: (attributes: Record<string, unknown>) => {
            const label = cleanBlockLabel(attributes.label);
            return label ? { "data-label": label } : {};
          },
        },
      };
    },

    parseHTML() {
      return [{ tag: `div[${dataAttribute}]` }];
    },

    // Copied out of Quorum (e-mail, a word processor) the block stays readable and links home.
    renderHTML({ node, HTMLAttributes }) {
      const id = cleanBlockId(node.attrs[idAttribute]);
      const text = blockPlainText(name, node.attrs.label);
      const attrs = mergeAttributes({ "data-type": name, class: "document-block" }, HTMLAttributes);
      return id ? ["div", attrs, ["a", { href: href(id) }, text]] : ["div", attrs, text];
    },

    renderText({ node }) {
      return blockPlainText(name, node.attrs.label);
    },
  });
}

export const DecisionBlockNode = createBlockNode({
  name: DECISION_BLOCK,
  idAttribute: "decisionId",
  dataAttribute: "data-decision-id",
  href: (id) => `/decisions/${encodeURIComponent(id)}`,
});

export const ActionBlockNode = createBlockNode({
  name: ACTION_BLOCK,
  idAttribute: "actionId",
  dataAttribute: "data-action-id",
  href: (id) => `/actions/${encodeURIComponent(id)}`,
});
