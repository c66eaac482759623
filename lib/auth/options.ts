import "server-only";
// next-auth v4 with JWT sessions. Every JWT carries the user's sessionVersion ("sv");
// bumping it in the database ("sign out everywhere", password change) voids old tokens.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { getDummyHash, PASSWORD_MAX_LENGTH, verifyPassword } from "@/lib/auth/password";
import { clearLoginFailures, isLoginBlocked, recordLoginFailure } from "@/lib/auth/rate-limit";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(PASSWORD_MAX_LENGTH),
});

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string | undefined {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return value?.split(",")[0]?.trim() || undefined;
}

function buildProviders(): NextAuthOptions["providers"] {
  const providers: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(req?.headers as Record<string, string> | undefined);
        if (await isLoginBlocked({ email, ip })) {
          logger.warn({ event: "login.rate_limited", ip }, "sign-in blocked by rate limit");
          throw new Error("RATE_LIMITED");
        }
        const user = await db.user.findUnique({ where: { email } });
        // Compare against a dummy hash for unknown e-mails so timing does not tell who has an account.
        const ok = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
        if (!user || !ok) {
          await recordLoginFailure({ email, ip });
          logger.info({ event: "login.failed", ip }, "sign-in failed");
          return null;
        }
        if (user.archivedAt) throw new Error("ACCOUNT_ARCHIVED");
        await clearLoginFailures(email);
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        logger.info({ event: "login.ok", userId: user.id }, "signed in");
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ];
  const oidc = env.oidc;
  if (oidc) {
    providers.push({
      id: "oidc",
      name: oidc.name,
      type: "oauth",
      wellKnown: `${oidc.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: oidc.clientId,
      clientSecret: oidc.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? profile.email ?? null };
      },
    });
  }
  return providers;
}

export function buildAuthOptions(): NextAuthOptions {
  return {
    secret: env.secret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    // Secure cookies whenever the public URL is https (production behind TLS).
    useSecureCookies: env.appUrl.startsWith("https://"),
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: buildProviders(),
    logger: {
      error: (code, metadata) => logger.error({ code, metadata: metadata instanceof Error ? metadata.message : undefined }, "next-auth error"),
      warn: (code) => logger.warn({ code }, "next-auth warning"),
      debug: () => undefined,
    },
    callbacks: {
      async signIn({ user, account }) {
        if (account?.provider !== "oidc") return true;
        // Identity providers only sign in people a coordinator has already invited.
        const email = user.email?.toLowerCase();
        if (!email) return "/sign-in?error=OIDC_NOT_INVITED";
        const existing = await db.user.findUnique({ where: { email } });
        if (!existing) return "/sign-in?error=OIDC_NOT_INVITED";
        if (existing.archivedAt) return "/sign-in?error=ACCOUNT_ARCHIVED";
        await db.account.upsert({
          where: { provider_providerAccountId: { provider: "oidc", providerAccountId: account.providerAccountId } },
          create: { provider: "oidc", providerAccountId: account.providerAccountId, userId: existing.id },
          update: {},
        });
        await db.user.update({ where: { id: existing.id }, data: { lastLoginAt: new Date() } });
        return true;
      },
      async jwt({ token, user, account }) {
        if (user) {
          // For OIDC `user.id` is the provider's subject; map it to our user by e-mail.
          const row =
            account?.provider === "oidc"
              ? await db.user.findUnique({ where: { email: String(user.email).toLowerCase() } })
              : await db.user.findUnique({ where: { id: user.id } });
          if (row) {
            token.sub = row.id;
            token.sv = row.sessionVersion;
            token.name = row.name;
            token.email = row.email;
          }
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user) {
          (session.user as { id?: string }).id = token.sub;
        }
        return session;
      },
    },
  };
}
