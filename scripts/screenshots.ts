// `npm run screenshots [-- <base URL>]`: signs in to a running demo installation as the coordinator
// and saves the main meeting pages in Polish and English to docs/screenshots/ for review.
// Chromium comes from Debian (/usr/bin/chromium), as in the e2e suite.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";

const base = process.argv[2] ?? process.env.BASE_URL ?? "http://localhost:3000";
const out = path.resolve("docs/screenshots");
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ baseURL: base, viewport: { width: 1366, height: 900 }, locale: "pl-PL", timezoneId: "Europe/Warsaw" });
const page = await context.newPage();

async function signIn(p: Page) {
  await p.goto("/sign-in");
  await p.locator('input[name="email"]').fill("anna.kowalczyk@umws.example");
  await p.locator('input[name="password"]').fill("quorum-demo");
  await p.locator('form button[type="submit"]').click();
  await p.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

async function setLanguage(p: Page, locale: "pl" | "en") {
  await p.goto("/profile");
  await p.locator('select[name="locale"]').first().selectOption(locale);
  await p.locator('select[name="locale"]').first().locator("xpath=ancestor::form").locator('button[type="submit"]').click();
  await p.waitForLoadState("networkidle");
}

async function shoot(p: Page, url: string, name: string) {
  await p.setViewportSize({ width: 1366, height: 900 });
  await p.goto(url);
  await p.waitForLoadState("networkidle");
  // Grow the window to the page instead of a full-page capture, so the full-height sidebar is drawn whole.
  const height = await p.evaluate(() => document.documentElement.scrollHeight);
  await p.setViewportSize({ width: 1366, height: Math.min(Math.max(height, 900), 4000) });
  await p.screenshot({ path: path.join(out, `${name}.png`) });
  console.log(`${name}.png  ${url}`);
}

await signIn(page);
await page.goto("/meetings");
const nextMeeting = await page.getByRole("link", { name: /projekt strategii wsparcia/ }).first().getAttribute("href");
await page.goto("/meetings/polls");
const poll = await page.getByRole("link", { name: /Warsztat dla pracodawców/ }).first().getAttribute("href");
if (!nextMeeting || !poll) throw new Error("demo meeting or poll not found: is this a fresh demo installation?");

for (const locale of ["pl", "en"] as const) {
  await setLanguage(page, locale);
  await shoot(page, poll, `poll-${locale}`);
  await shoot(page, `${nextMeeting}/agenda`, `agenda-${locale}`);
  // The month of the next meeting, so the calendar shows it (and, early in a month, the held one).
  const nextMonth = await page.evaluate(() => {
    const d = new Date(Date.now() + 10 * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
  });
  await shoot(page, `/meetings/calendar?month=${nextMonth}`, `calendar-${locale}`);
  await shoot(page, nextMeeting, `meeting-${locale}`);
}
await setLanguage(page, "pl");
await browser.close();
