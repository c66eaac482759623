// Bad input over HTTP gets a 4xx with a translated message and changes nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { setDb } from "@/lib/db/client";
import { GET, POST } from "@/app/api/institutions/route";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroupWithRoles } from "@/tests/support/factories";
import { signInAs, signOut } from "@/tests/support/session";
import { setTestLocale } from "@/tests/support/next-intl-mock";

let t: TestDb;
let people: Awaited<ReturnType<typeof buildGroupWithRoles>>;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
  people = await buildGroupWithRoles(t.prisma);
});
afterAll(async () => t?.close());

const valid = { name: "Świętokrzyskie Centrum Innowacji i Transferu Technologii", shortName: "ŚCITT", kind: "BUSINESS_BODY" };

function post(body: string, headers: Record<string, string> = {}) {
  return POST(
    new Request("http://localhost:3000/api/institutions", {
      method: "POST",
      headers: { "content-type": "application/json", host: "localhost:3000", origin: "http://localhost:3000", ...headers },
      body,
    }),
  );
}

async function count() {
  return t.prisma.institution.count();
}

describe("POST /api/institutions", () => {
  it("401 without a session", async () => {
    signOut();
    const before = await count();
    const res = await post(JSON.stringify(valid));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "Zaloguj się, aby kontynuować." } });
    expect(await count()).toBe(before);
  });

  it("403 for an observer, with the reason in the user's language", async () => {
    await signInAs(people.observer);
    setTestLocale("en");
    const before = await count();
    const res = await post(JSON.stringify(valid));
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatchObject({ code: "FORBIDDEN", message: "You are not allowed to do this." });
    expect(await count()).toBe(before);
    setTestLocale("pl");
  });

  it("422 with translated field messages for invalid fields", async () => {
    await signInAs(people.coordinator);
    const before = await count();
    const res = await post(JSON.stringify({ name: "x".repeat(201), shortName: "", kind: "CASTLE", contactEmail: "nope", website: "javascript:alert(1)" }));
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("Popraw zaznaczone pola i spróbuj ponownie.");
    expect(error.fieldErrors).toMatchObject({
      name: "Wpisz najwyżej 200 znaków.",
      shortName: "To pole jest wymagane.",
      kind: "Wybierz jedną z dostępnych opcji.",
    });
    expect(error.fieldErrors.contactEmail).toMatch(/e-mail/);
    expect(error.fieldErrors.website).toBeTruthy();
    expect(await count()).toBe(before);
  });

  it("400 for a body that is not JSON or is too large", async () => {
    await signInAs(people.coordinator);
    const notJson = await post("{name:");
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.message).toBe("Treść żądania nie jest poprawnym JSON-em.");
    const huge = await post(JSON.stringify({ ...valid, address: "a".repeat(100_000) }));
    expect(huge.status).toBe(400);
    expect((await huge.json()).error.message).toBe("Przesłane dane są zbyt duże.");
  });

  it("403 for a request from another site (CSRF)", async () => {
    await signInAs(people.coordinator);
    const before = await count();
    const res = await post(JSON.stringify(valid), { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toBe("Żądanie pochodzi spoza Quorum i zostało odrzucone.");
    expect(await count()).toBe(before);
  });

  it("201 for a coordinator with valid input, then 409-style refusal for the same name", async () => {
    await signInAs(people.coordinator);
    const res = await post(JSON.stringify(valid));
    expect(res.status).toBe(201);
    const { data } = await res.json();
    expect(await t.prisma.institution.findUnique({ where: { id: data.id } })).toMatchObject({ shortName: "ŚCITT" });
    const again = await post(JSON.stringify({ ...valid, name: valid.name.toUpperCase() }));
    expect(again.status).toBeGreaterThanOrEqual(400);
    expect(again.status).toBeLessThan(500);
  });
});

describe("GET /api/institutions", () => {
  it("finds institutions without Polish diacritics", async () => {
    await signInAs(people.member);
    const res = await GET(new Request("http://localhost:3000/api/institutions?q=swietokrzyskie%20centrum"));
    expect(res.status).toBe(200);
    const { data } = await res.json();
    expect(data.map((i: { shortName: string }) => i.shortName)).toContain("ŚCITT");
  });
});
