import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3999);
// E2E_BASE_URL runs the specs against a server you started yourself (e.g. a dev server).
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://localhost:${port}`;
/** The installation started without demo data (first run). */
export const emptyURL = process.env.E2E_EMPTY_BASE_URL ?? `http://localhost:${port - 2}`;
/** The test SMTP server the demo installation sends its mail to (scripts/e2e-smtp.ts). */
const smtpPort = port + 10;
export const smtpInboxURL = process.env.E2E_SMTP_INBOX_URL ?? `http://127.0.0.1:${port + 11}`;

export default defineConfig({
  testDir: "tests/e2e",
  // One server, one database: tests run one after another so they never race on shared data.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL,
    locale: "pl-PL",
    timezoneId: "Europe/Warsaw",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 900 } } }],
  // Two servers: the demo installation most specs use, and an empty one (QUORUM_DEMO=0)
  // for the first-run screen. Each gets its own throwaway database. The demo installation sends
  // its mail to a test SMTP server (so specs can read real messages and attachments); it also
  // keeps a copy of each in the outbox table, which other specs read through the admin page.
  webServer: external
    ? undefined
    : [
        {
          command: `npx tsx scripts/e2e-smtp.ts`,
          url: `${smtpInboxURL}/health`,
          env: { SMTP_PORT: String(smtpPort), HTTP_PORT: String(port + 11) },
          timeout: 60_000,
          reuseExistingServer: false,
          stdout: "pipe",
          stderr: "pipe",
        },
        {
          command: `npx tsx scripts/e2e-server.ts`,
          url: `${baseURL}/api/health`,
          env: { PORT: String(port), NEXTAUTH_URL: baseURL, E2E_SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true` },
          timeout: 180_000,
          reuseExistingServer: false,
          stdout: "pipe",
          stderr: "pipe",
        },
        {
          command: `npx tsx scripts/e2e-server.ts`,
          url: `${emptyURL}/api/health`,
          env: { PORT: String(port - 2), NEXTAUTH_URL: emptyURL, QUORUM_DEMO: "0" },
          timeout: 180_000,
          reuseExistingServer: false,
          stdout: "pipe",
          stderr: "pipe",
        },
      ],
});
