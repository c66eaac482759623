import { expect, type Page } from "@playwright/test";

/** The admin outbox, where mail waits when no SMTP server is configured. */
export class OutboxPage {
  constructor(private readonly page: Page) {}

  async goto(query?: string) {
    await this.page.goto(`/admin/outbox${query ? `?q=${encodeURIComponent(query)}` : ""}`);
  }

  /** Opens the newest message to `to` and returns the first link in its body matching `pattern`. */
  async linkFromNewestMailTo(to: string, pattern: RegExp): Promise<string> {
    await this.goto(to);
    await this.page.getByRole("row").filter({ hasText: to }).first().getByRole("link").click();
    const body = this.page.getByTestId("mail-body");
    await expect(body).toBeVisible();
    const href = await body.getByRole("link").filter({ hasText: pattern }).first().getAttribute("href");
    if (!href) throw new Error(`no link matching ${pattern} in the mail to ${to}`);
    return href;
  }
}
