// Signs a test "browser" in: a real next-auth JWT in the mocked cookie jar.
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { clearTestCookies, setTestCookie } from "@/tests/support/next-headers-mock";

export async function signInAs(user: { id: string; sessionVersion?: number }) {
  const token = await encode({ token: { sub: user.id, sv: user.sessionVersion ?? 0 }, secret: env.secret });
  clearTestCookies();
  setTestCookie("next-auth.session-token", token);
}

export function signOut() {
  clearTestCookies();
}
