// Stands in for next/headers in integration tests, so server actions run their real
// chain (session cookie → getCurrentUser → permission → mutation) outside Next.
// Use in a test file:  vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
const jar = new Map<string, string>();
const headerMap = new Map<string, string>([["host", "localhost:3000"]]);

export function setTestCookie(name: string, value: string) {
  jar.set(name, value);
}
export function clearTestCookies() {
  jar.clear();
}
export function setTestHeader(name: string, value: string) {
  headerMap.set(name.toLowerCase(), value);
}

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar.entries()].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") jar.set(name, value ?? "");
      else jar.set(name.name, name.value);
    },
    delete: (name: string) => jar.delete(name),
  };
}

export async function headers() {
  return new Headers([...headerMap.entries()]);
}

export function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
