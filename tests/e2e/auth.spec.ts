import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { OutboxPage } from "./pages/outbox-page";
import { demo, SignInPage } from "./pages/sign-in-page";

test("the demo coordinator signs in and sees the working group", async ({ page }) => {
  await new SignInPage(page).signIn(demo.coordinator);
  const shell = new AppShell(page);
  await expect(shell.heading()).toHaveText("Regionalna grupa robocza ds. reintegracji migrantów powracających");
  await expect(page.getByText("Politechnika Świętokrzyska").first()).toBeVisible();
  await expect(shell.nav().getByRole("link", { name: "Instytucje" })).toBeVisible();
});

test("a wrong password gets a clear Polish error and no session", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.fill(demo.member, "not-the-password");
  await expect(signIn.alert()).toHaveText("Nieprawidłowy adres e-mail lub hasło.");
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("the language switch is remembered for the user across sessions", async ({ page, context }) => {
  await new SignInPage(page).signIn(demo.reviewer);
  const shell = new AppShell(page);
  await shell.switchLanguage("English");
  await expect(shell.nav().getByRole("link", { name: "Institutions" })).toBeVisible();
  await page.reload();
  await expect(shell.nav().getByRole("link", { name: "Institutions" })).toBeVisible();

  // A new browser without the cookie still gets English after signing in: it is stored on the user.
  await context.clearCookies();
  await new SignInPage(page).signIn(demo.reviewer);
  await expect(shell.nav().getByRole("link", { name: "Institutions" })).toBeVisible();
  await shell.switchLanguage("Polski");
  await expect(shell.nav().getByRole("link", { name: "Instytucje" })).toBeVisible();
});

test("a forgotten password is reset through the e-mailed link", async ({ page, browser }) => {
  // Someone no other test signs in as: their password changes here.
  const person = "marek.szymanski@kielce.example";
  await page.goto("/reset-password");
  await page.locator('input[name="email"]').fill(person);
  await page.getByRole("button", { name: "Wyślij link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "wysłaliśmy" })).toBeVisible();

  // The coordinator reads the outbox (no SMTP server configured) to get the link.
  const admin = await browser.newPage();
  await new SignInPage(admin).signIn(demo.coordinator);
  const link = await new OutboxPage(admin).linkFromNewestMailTo(person, /reset-password/);
  await admin.close();

  await page.goto(link);
  await page.locator('input[name="password"]').fill("nowe-haslo-kielce-2026");
  await page.locator('input[name="repeatPassword"]').fill("nowe-haslo-kielce-2026");
  await page.getByRole("button", { name: "Ustaw hasło i zaloguj się" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // The link works once.
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("nieprawidłowy, wygasł albo został już użyty");
});
