import { expect, test } from "@playwright/test";
import { emptyURL } from "../../playwright.config";

test.use({ baseURL: emptyURL });

test("an empty installation asks for the first administrator, then signs them in", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pierwsze uruchomienie");

  // Mismatched passwords: a translated message and no account.
  await page.locator('input[name="name"]').fill("Anna Kowalczyk");
  await page.locator('input[name="email"]').fill("anna.kowalczyk@umws.example");
  await page.locator('input[name="institutionName"]').fill("Urząd Marszałkowski Województwa Świętokrzyskiego");
  await page.locator('input[name="institutionShortName"]').fill("UMWŚ");
  await page.locator('input[name="password"]').fill("pierwsze-haslo-2026");
  await page.locator('input[name="repeatPassword"]').fill("inne-haslo-2026");
  await page.getByRole("button", { name: "Utwórz konto" }).click();
  await expect(page.getByText("Hasła nie są takie same.")).toBeVisible();
  await expect(page).toHaveURL(/\/setup$/);

  await page.locator('input[name="repeatPassword"]').fill("pierwsze-haslo-2026");
  await page.getByRole("button", { name: "Utwórz konto" }).click();
  await expect(page).toHaveURL(/\/dashboard$/, { timeout: 45_000 });
  await expect(page.getByRole("heading", { name: "Nie należysz jeszcze do żadnej grupy" })).toBeVisible();

  // The screen is gone once someone has an account.
  await page.goto("/setup");
  await expect(page).toHaveURL(/\/(sign-in|dashboard)$/);
});

test("every response carries the security headers", async ({ request }) => {
  const res = await request.get("/sign-in");
  const headers = res.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
});
