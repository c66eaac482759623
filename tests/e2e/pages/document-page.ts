import { expect, type Locator, type Page } from "@playwright/test";

/** A co-edited document: the editor, its save state, presence and comments. */
export class DocumentPage {
  readonly editor: Locator;
  readonly saveState: Locator;

  constructor(private readonly page: Page) {
    this.editor = page.locator(".ProseMirror").first();
    this.saveState = page.getByText(/^(Zapisano|Zapisywanie…|Łączenie…|Offline — zmiany zachowane na tym urządzeniu|Tylko do odczytu|Saved|Saving…|Connecting…|Offline — changes kept on this device|Read-only)$/).first();
  }

  async waitSaved(): Promise<void> {
    await expect(this.page.getByText("Zapisano", { exact: true }).first()).toBeVisible({ timeout: 30_000 });
  }

  /** Types a new paragraph at the very end of the document. */
  async typeParagraph(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.press("Control+End");
    await this.page.keyboard.press("Enter");
    await this.page.keyboard.type(text, { delay: 5 });
  }

  /** The document's text as a reader sees it, without other people's carets and labels. */
  async text(): Promise<string> {
    return this.editor.evaluate((root) => {
      const copy = root.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".collaboration-carets__caret").forEach((el) => el.remove());
      return copy.textContent ?? "";
    });
  }

  caretLabel(name: string): Locator {
    return this.page.locator(".collaboration-carets__label", { hasText: name });
  }

  /** Selects the first occurrence of `text` inside the editor (works in read-only mode too). */
  async select(text: string): Promise<void> {
    await this.editor.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`text not found: ${wanted}`);
    }, text);
    // ProseMirror picks the DOM selection up on selectionchange; give it a focus to act on.
    await this.editor.focus();
  }
}
