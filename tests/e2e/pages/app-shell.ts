import { expect, type Page } from "@playwright/test";

/** The signed-in frame: sidebar navigation and the user menu. */
export class AppShell {
  constructor(private readonly page: Page) {}

  userMenu() {
    return this.page.getByRole("button", { name: /Menu konta|Account menu/ });
  }

  async switchLanguage(label: "English" | "Polski") {
    await this.userMenu().click();
    await this.page.getByRole("menuitemradio", { name: label }).click();
    await expect(this.page.locator("html")).toHaveAttribute("lang", label === "English" ? "en" : "pl");
  }

  async signOut() {
    await this.userMenu().click();
    await this.page.getByRole("menuitem", { name: /^(Wyloguj|Sign out)$/ }).click();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }

  nav() {
    return this.page.getByRole("navigation").first();
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }
}
