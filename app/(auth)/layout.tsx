import { getLocale } from "next-intl/server";
import { LanguageSwitcher } from "@/components/auth/language-switcher";
import { QuorumMark } from "@/components/auth/quorum-mark";

// Pages reached without a session: sign-in, first run, invitation, password reset.
export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <div className="flex min-h-dvh flex-col bg-muted/40">
      <header className="flex items-center justify-between px-6 py-4">
        <div className="flex items-center gap-2 text-lg font-semibold tracking-tight text-foreground">
          <QuorumMark className="size-7 text-primary" />
          Quorum
        </div>
        <LanguageSwitcher locale={locale === "en" ? "en" : "pl"} />
      </header>
      <main id="main-content" className="flex flex-1 items-start justify-center px-4 pb-16 pt-6 sm:pt-16">
        <div className="w-full max-w-md">{children}</div>
      </main>
    </div>
  );
}
