import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { setDb } from "@/lib/db/client";
import { buildAuthOptions } from "@/lib/auth/options";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { MAX_FAILURES_PER_EMAIL } from "@/lib/auth/rate-limit";
import {
  changePasswordAction,
  requestPasswordResetAction,
  resetPasswordAction,
  setupAction,
  signOutEverywhereAction,
  switchLocaleAction,
  updateProfileAction,
} from "@/lib/account/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { flushPendingMail } from "@/lib/mail/send-mail";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildUser } from "@/tests/support/factories";
import { signInAs, signOut } from "@/tests/support/session";
import { cookies } from "@/tests/support/next-headers-mock";
import { setTestLocale } from "@/tests/support/next-intl-mock";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());
beforeEach(() => {
  signOut();
  setTestLocale("pl");
});

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
function authorize(): Authorize {
  const provider = buildAuthOptions().providers.find((p) => p.id === "credentials") as unknown as { options: { authorize: Authorize } };
  return provider.options.authorize;
}

describe("sign-in with e-mail and password", () => {
  it("accepts the right password, case-insensitive e-mail, and refuses a wrong one", async () => {
    const user = await buildUser(t.prisma, { email: "jan.nowak@wup.example", passwordHash: await hashPassword("Kielce-2026-maj") });
    expect(await authorize()({ email: "  Jan.Nowak@WUP.example ", password: "Kielce-2026-maj" }, { headers: {} })).toMatchObject({ id: user.id });
    expect(await authorize()({ email: "jan.nowak@wup.example", password: "kielce-2026-maj" }, { headers: {} })).toBeNull();
    expect(await authorize()({ email: "nobody@wup.example", password: "whatever-long" }, { headers: {} })).toBeNull();
  });

  it("blocks an e-mail after repeated failures, even with the right password, and says so", async () => {
    await buildUser(t.prisma, { email: "ofiara@ohp.example", passwordHash: await hashPassword("prawidlowe-haslo") });
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      expect(await authorize()({ email: "ofiara@ohp.example", password: `zgadywanie-${i}` }, { headers: { "x-forwarded-for": "10.9.8.7" } })).toBeNull();
    }
    await expect(authorize()({ email: "ofiara@ohp.example", password: "prawidlowe-haslo" }, { headers: {} })).rejects.toThrow("RATE_LIMITED");
  });

  it("refuses an archived account with its own code", async () => {
    await buildUser(t.prisma, { email: "dawny@zdz.example", passwordHash: await hashPassword("stare-haslo-123"), archivedAt: new Date() });
    await expect(authorize()({ email: "dawny@zdz.example", password: "stare-haslo-123" }, { headers: {} })).rejects.toThrow("ACCOUNT_ARCHIVED");
  });
});

describe("password reset", () => {
  it("mails a one-time link whose token is stored only as a hash, and sets a new password once", async () => {
    const user = await buildUser(t.prisma, { email: "reset@rops.example", passwordHash: await hashPassword("stare-haslo-123") });
    expect(await requestPasswordResetAction({ email: "RESET@rops.example" })).toEqual({ ok: true, data: { ok: true } });
    await flushPendingMail();
    const mail = await t.prisma.mailMessage.findFirstOrThrow({ where: { to: "reset@rops.example" } });
    const token = /reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    expect(token).toBeTruthy();
    const stored = await t.prisma.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token!);

    const mismatch = await resetPasswordAction({ token: token!, password: "nowe-haslo-456", repeatPassword: "inne-haslo-456" });
    expect(mismatch).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { repeatPassword: "Hasła nie są takie same." } });

    expect(await resetPasswordAction({ token: token!, password: "nowe-haslo-456", repeatPassword: "nowe-haslo-456" })).toMatchObject({ ok: true });
    const after = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword("nowe-haslo-456", after.passwordHash)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);

    const again = await resetPasswordAction({ token: token!, password: "trzecie-haslo-789", repeatPassword: "trzecie-haslo-789" });
    expect(again).toMatchObject({ ok: false, code: "INVALID_TOKEN", message: "Ten link jest nieprawidłowy, wygasł albo został już użyty." });
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = await t.prisma.mailMessage.count();
    expect(await requestPasswordResetAction({ email: "nikt@nigdzie.example" })).toEqual({ ok: true, data: { ok: true } });
    expect(await t.prisma.mailMessage.count()).toBe(before);
  });

  it("refuses a malformed address with a translated message", async () => {
    expect(await requestPasswordResetAction({ email: "to nie jest adres" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { email: "Wpisz poprawny adres e-mail, np. jan.kowalski@urzad.gov.pl." },
    });
  });
});

describe("profile and sessions", () => {
  it("saves name, language and time zone, and refuses an unknown zone without changing anything", async () => {
    const user = await buildUser(t.prisma);
    await signInAs(user);
    expect(await updateProfileAction({ name: "Anna Nowa", locale: "en", timeZone: "Europe/Lisbon" })).toMatchObject({ ok: true });
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Anna Nowa", locale: "en", timeZone: "Europe/Lisbon" });
    expect((await cookies()).get("quorum-locale")?.value).toBe("en");

    const bad = await updateProfileAction({ name: "", locale: "de" as never, timeZone: "Mars/Olympus" });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!bad.ok) expect(bad.fieldErrors).toEqual({ name: "To pole jest wymagane.", locale: "Wybierz jedną z dostępnych opcji.", timeZone: "Wybierz strefę czasową z listy." });
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Anna Nowa", timeZone: "Europe/Lisbon" });
  });

  it("refuses profile changes without a session", async () => {
    expect(await updateProfileAction({ name: "X", locale: "pl", timeZone: "Europe/Warsaw" })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
      message: "Zaloguj się, aby kontynuować.",
    });
  });

  it("translates messages into English for an English request", async () => {
    setTestLocale("en");
    expect(await updateProfileAction({ name: "X", locale: "pl", timeZone: "Europe/Warsaw" })).toMatchObject({ message: "Please sign in to continue." });
  });

  it("switches the language for a signed-out visitor by cookie only", async () => {
    expect(await switchLocaleAction({ locale: "en" })).toEqual({ ok: true, data: { locale: "en" } });
    expect((await cookies()).get("quorum-locale")?.value).toBe("en");
  });

  it("signs out everywhere by voiding every token issued before", async () => {
    const user = await buildUser(t.prisma);
    await signInAs(user);
    expect(await getCurrentUser()).not.toBeNull();
    expect(await signOutEverywhereAction({})).toMatchObject({ ok: true });
    expect(await getCurrentUser()).toBeNull();
  });

  it("changes the password only with the current one", async () => {
    const user = await buildUser(t.prisma, { passwordHash: await hashPassword("obecne-haslo-1") });
    await signInAs(user);
    const wrong = await changePasswordAction({ currentPassword: "zle-haslo", newPassword: "nowe-haslo-22", repeatPassword: "nowe-haslo-22" });
    expect(wrong).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { currentPassword: "Obecne hasło jest nieprawidłowe." } });
    expect(await changePasswordAction({ currentPassword: "obecne-haslo-1", newPassword: "nowe-haslo-22", repeatPassword: "nowe-haslo-22" })).toMatchObject({ ok: true });
    expect(await verifyPassword("nowe-haslo-22", (await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash)).toBe(true);
  });
});

describe("first run", () => {
  it("is refused once anyone has an account", async () => {
    await buildUser(t.prisma);
    const result = await setupAction({
      name: "Admin",
      email: "admin@umws.example",
      password: "bardzo-dlugie-haslo",
      repeatPassword: "bardzo-dlugie-haslo",
      institutionName: "Urząd",
      institutionShortName: "U",
      locale: "pl",
    });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", message: "Quorum jest już skonfigurowane. Zaloguj się." });
    expect(await t.prisma.user.count({ where: { email: "admin@umws.example" } })).toBe(0);
  });

  it("creates the administrator with their institution on an empty database", async () => {
    const empty = await createTestDb();
    setDb(empty.prisma);
    try {
      const result = await setupAction({
        name: "Anna Kowalczyk",
        email: "Anna@UMWS.example",
        password: "bardzo-dlugie-haslo",
        repeatPassword: "bardzo-dlugie-haslo",
        institutionName: "Urząd Marszałkowski Województwa Świętokrzyskiego",
        institutionShortName: "UMWŚ",
        locale: "pl",
      });
      expect(result).toEqual({ ok: true, data: { email: "anna@umws.example" } });
      const admin = await empty.prisma.user.findUniqueOrThrow({ where: { email: "anna@umws.example" }, include: { institution: true } });
      expect(admin.isAdmin).toBe(true);
      expect(admin.institution?.shortName).toBe("UMWŚ");
    } finally {
      setDb(t.prisma);
      await empty.close();
    }
  });
});

describe("sign-in through an institution's identity provider (OIDC)", () => {
  const oidcEnv = { OIDC_ISSUER: "https://login.umws.example/realms/quorum", OIDC_CLIENT_ID: "quorum", OIDC_CLIENT_SECRET: "s3cret", OIDC_NAME: "Login UMWŚ" };

  function withOidc<T>(fn: () => T): T {
    Object.assign(process.env, oidcEnv);
    try {
      return fn();
    } finally {
      for (const key of Object.keys(oidcEnv)) delete process.env[key];
    }
  }

  it("is offered only when configured by environment", () => {
    expect(buildAuthOptions().providers.map((p) => p.id)).toEqual(["credentials"]);
    const provider = withOidc(() => buildAuthOptions().providers.find((p) => p.id === "oidc")) as unknown as { name: string; wellKnown: string };
    expect(provider).toMatchObject({ name: "Login UMWŚ", wellKnown: "https://login.umws.example/realms/quorum/.well-known/openid-configuration" });
  });

  it("links an invited person by e-mail and refuses people nobody invited", async () => {
    const options = withOidc(() => buildAuthOptions());
    const signInCallback = options.callbacks!.signIn!;
    const user = await buildUser(t.prisma, { email: "sso.user@umws.example" });
    const account = { provider: "oidc", providerAccountId: "sub-123", type: "oauth" as const };
    expect(await signInCallback({ user: { id: "sub-123", email: "SSO.User@umws.example" }, account } as never)).toBe(true);
    expect(await t.prisma.account.findFirst({ where: { providerAccountId: "sub-123" } })).toMatchObject({ userId: user.id });

    const stranger = await signInCallback({ user: { id: "sub-999", email: "stranger@elsewhere.example" }, account: { ...account, providerAccountId: "sub-999" } } as never);
    expect(stranger).toBe("/sign-in?error=OIDC_NOT_INVITED");
  });
});
