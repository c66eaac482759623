import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { demo, SignInPage } from "./pages/sign-in-page";

test("a coordinator creates an institution and finds it without diacritics", async ({ page }) => {
  await new SignInPage(page).signIn(demo.coordinator);
  await page.goto("/institutions");
  await page.getByRole("link", { name: "Dodaj instytucję" }).first().click();
  await expect(page).toHaveURL(/\/institutions\/new$/);
  await page.locator('input[name="name"]').fill("Świętokrzyska Izba Rzemiosła i Przedsiębiorczości");
  await page.locator('input[name="shortName"]').fill("ŚIRiP");
  await page.locator('select[name="kind"]').selectOption("BUSINESS_BODY");
  await page.locator('textarea[name="address"]').fill("ul. Sienkiewicza 53, 25-002 Kielce");
  await page.locator('input[name="contactEmail"]').fill("biuro@izba-rzemiosla.example");
  await page.getByRole("button", { name: "Dodaj instytucję" }).click();
  await expect(new AppShell(page).heading()).toHaveText("Świętokrzyska Izba Rzemiosła i Przedsiębiorczości");

  await page.goto("/institutions?scope=all&q=swietokrzyska%20izba");
  await expect(page.getByRole("link", { name: /Świętokrzyska Izba Rzemiosła/ }).first()).toBeVisible();
});

test("an observer cannot add institutions: the button is hidden and the page refuses", async ({ page }) => {
  await new SignInPage(page).signIn(demo.observer);
  await page.goto("/institutions");
  await expect(new AppShell(page).heading()).toHaveText("Instytucje");
  await expect(page.getByRole("link", { name: "Dodaj instytucję" })).toHaveCount(0);
  const response = await page.goto("/institutions/new");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Brak uprawnień" })).toBeVisible();
});
