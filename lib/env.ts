// Reads the environment once, with defaults that make a bare `npm start` work.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

function dataDir(): string {
  return path.resolve(process.env.QUORUM_DATA_DIR ?? "./.data");
}

/**
 * NEXTAUTH_SECRET signs sessions and socket tokens. Without one configured we make one
 * and keep it in the data directory, so sessions survive restarts on the embedded default.
 */
function loadSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (process.env.NODE_ENV === "test") return "quorum-test-secret-not-for-production";
  const dir = dataDir();
  const file = path.join(dir, "secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export const env = {
  get dataDir() {
    return dataDir();
  },
  get databaseUrl(): string | undefined {
    return process.env.DATABASE_URL || undefined;
  },
  get redisUrl(): string | undefined {
    return process.env.REDIS_URL || undefined;
  },
  get smtpUrl(): string | undefined {
    return process.env.SMTP_URL || undefined;
  },
  get mailFrom(): string {
    return process.env.MAIL_FROM ?? "Quorum <no-reply@quorum.local>";
  },
  get port(): number {
    return Number(process.env.PORT ?? 3000);
  },
  get appUrl(): string {
    return (process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? `http://localhost:${this.port}`).replace(/\/$/, "");
  },
  /** Demo data is seeded on first start unless QUORUM_DEMO=0. */
  get demo(): boolean {
    return process.env.QUORUM_DEMO !== "0" && process.env.QUORUM_DEMO !== "false";
  },
  get secret(): string {
    if (!process.env.NEXTAUTH_SECRET) process.env.NEXTAUTH_SECRET = loadSecret();
    return process.env.NEXTAUTH_SECRET;
  },
  get production(): boolean {
    return process.env.NODE_ENV === "production";
  },
  get oidc(): { issuer: string; clientId: string; clientSecret: string; name: string } | undefined {
    const issuer = process.env.OIDC_ISSUER;
    const clientId = process.env.OIDC_CLIENT_ID;
    const clientSecret = process.env.OIDC_CLIENT_SECRET;
    if (!issuer || !clientId || !clientSecret) return undefined;
    return { issuer, clientId, clientSecret, name: process.env.OIDC_NAME ?? "SSO" };
  },
};
