import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "quorum-demo";
export const demo = {
  coordinator: "anna.kowalczyk@umws.example",
  member: "katarzyna.lewandowska@wup.example",
  reviewer: "ewa.dabrowska@psk.example",
  observer: "piotr.zielinski@suw.example",
} as const;

export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/sign-in");
  }

  async fill(email: string, password: string) {
    await this.page.locator('input[name="email"]').fill(email);
    await this.page.locator('input[name="password"]').fill(password);
    await this.page.locator('form button[type="submit"]').click();
  }

  /** Signs in and waits for the dashboard. */
  async signIn(email: string, password = DEMO_PASSWORD) {
    await this.goto();
    await this.fill(email, password);
    // Generous: the first sign-in of a run also compiles and warms up the dashboard.
    await expect(this.page).toHaveURL(/\/dashboard$/, { timeout: 45_000 });
  }

  /** The form's error, not Next's (empty) route announcer which is also an alert. */
  alert() {
    return this.page.getByRole("alert").filter({ hasText: /\S/ });
  }
}
