import { expect, type Page } from "@playwright/test";

/** /invitations/new: a coordinator invites a person to the current group. */
export class NewInvitationPage {
  constructor(private readonly page: Page) {}

  async goto(groupId?: string) {
    await this.page.goto(`/invitations/new${groupId ? `?groupId=${groupId}` : ""}`);
  }

  async invite(person: { name: string; email: string; institution: string; role?: "MEMBER" | "COORDINATOR" | "REVIEWER" | "OBSERVER" }) {
    await this.page.locator('input[name="name"]').fill(person.name);
    await this.page.locator('input[name="email"]').fill(person.email);
    // Options read "ROPS — Regionalny Ośrodek…": pick the one that names the institution.
    const select = this.page.locator('select[name="institutionId"]');
    const value = await select.locator("option", { hasText: person.institution }).first().getAttribute("value");
    await select.selectOption(value!);
    await this.page.locator(`input[name="role"][value="${person.role ?? "MEMBER"}"]`).check();
    await this.page.getByRole("button", { name: "Wyślij zaproszenie" }).click();
  }
}

/** /invitation/<token>: the invited person sets a password and joins. */
export class AcceptInvitationPage {
  constructor(private readonly page: Page) {}

  async accept(password: string) {
    await this.page.locator('input[name="password"]').fill(password);
    await this.page.locator('input[name="repeatPassword"]').fill(password);
    await this.page.getByRole("checkbox").check();
    await this.page.getByRole("button", { name: "Utwórz konto i dołącz" }).click();
    await expect(this.page).toHaveURL(/\/dashboard$/, { timeout: 45_000 });
  }
}
