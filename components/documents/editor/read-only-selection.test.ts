import { describe, expect, it } from "vitest";
import { documentSchema } from "@/lib/editor/extensions";
import { wordSelectionAt } from "@/components/documents/editor/read-only-selection";

const doc = documentSchema().nodeFromJSON({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "text", text: "Analiza kwalifikacji " },
        { type: "mention", attrs: { id: "user:u1", label: "Ewa" } },
        { type: "text", text: " — Świętokrzyskie." },
      ],
    },
  ],
});

describe("wordSelectionAt", () => {
  it("selects the whole word around the position, letters with diacritics included", () => {
    const selection = wordSelectionAt(doc, 1 + 10)!;
    expect(doc.textBetween(selection.from, selection.to)).toBe("kwalifikacji");
    const polish = wordSelectionAt(doc, doc.content.size - 4)!;
    expect(doc.textBetween(polish.from, polish.to)).toBe("Świętokrzyskie");
  });

  it("selects nothing on spaces, punctuation or a mention", () => {
    expect(wordSelectionAt(doc, 1 + 7)).not.toBeNull();
    expect(wordSelectionAt(doc, 1 + "Analiza kwalifikacji ".length + 1 + 1)).toBeNull();
  });
});
