// The people directory and profile actions through the real server actions and data functions.
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import pino from "pino";
import { io as connectClient } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
vi.mock("next/headers", () => import("@/tests/support/next-headers-mock"));
vi.mock("next-intl/server", () => import("@/tests/support/next-intl-mock"));

import { getCurrentUser } from "@/lib/auth/current-user";
import { setDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { setRealtime } from "@/lib/realtime/registry";
import { createRealtimeServer } from "@/server/realtime";
import { archivePersonAction, restorePersonAction, updatePersonAction } from "@/lib/people/actions";
import { getPerson, listPeople, listPeopleInstitutionOptions } from "@/lib/people/data";
import { parsePersonListQuery } from "@/lib/people/schema";
import type { Actor } from "@/lib/permissions/ability";
import { createTestDb, type TestDb } from "@/tests/support/db";
import { buildGroup, buildGroupWithRoles, buildInstitution, buildUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  setDb(t.prisma);
});
afterAll(async () => t?.close());

async function actorOf(user: { id: string; sessionVersion?: number }): Promise<Actor> {
  await signInAs(user);
  const current = await getCurrentUser();
  if (!current) throw new Error("expected a session");
  return current.actor;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe("people list", () => {
  it("shows only people who share a group with the viewer; administrators see everyone", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    const b = await buildGroupWithRoles(t.prisma);
    const query = parsePersonListQuery({});
    const groupA = [a.coordinator, a.member, a.reviewer, a.observer].map((p) => p.id).sort();

    const asMember = await listPeople(await actorOf(a.member), query, { groupId: a.group.id });
    expect(ids(asMember.items)).toEqual(groupA);
    expect(asMember.items.map((i) => i.id)).not.toContain(b.member.id);

    // Someone without groups sees only themselves, never another group's people.
    const asOutsider = await listPeople(await actorOf(a.outsider), query, { groupId: null });
    expect(ids(asOutsider.items)).toEqual([a.outsider.id]);
    expect(await getPerson(await actorOf(a.outsider), a.member.id)).toBeNull();
    expect(await getPerson(await actorOf(a.member), b.member.id)).toBeNull();
    expect(await getPerson(await actorOf(a.member), a.reviewer.id)).toMatchObject({ id: a.reviewer.id });

    const admin = await buildUser(t.prisma, { isAdmin: true });
    const asAdmin = await listPeople(await actorOf(admin), { ...query, q: b.member.email }, { groupId: null });
    expect(ids(asAdmin.items)).toEqual([b.member.id]);
  });

  it("searches by name and e-mail, filters by institution and role in the current group", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    const other = await buildInstitution(t.prisma, { name: "Politechnika Świętokrzyska" });
    await t.prisma.groupInstitution.create({ data: { groupId: a.group.id, institutionId: other.id } });
    const ewa = await buildUser(t.prisma, {
      name: "Ewa Dąbrowska",
      email: `ewa.dabrowska.${Date.now()}@psk.example`,
      institutionId: other.id,
      groups: [{ groupId: a.group.id, role: "REVIEWER" }],
    });
    const actor = await actorOf(a.coordinator);
    const list = (params: Record<string, string>) => listPeople(actor, parsePersonListQuery(params), { groupId: a.group.id });

    expect(ids((await list({ q: "dąbrowska" })).items)).toEqual([ewa.id]);
    expect(ids((await list({ q: "DABROWSKA" })).items)).toEqual([ewa.id]);
    expect(ids((await list({ q: "PSK.EXAMPLE" })).items)).toEqual([ewa.id]);
    expect(ids((await list({ institutionId: other.id })).items)).toEqual([ewa.id]);
    expect(ids((await list({ role: "REVIEWER" })).items)).toEqual([a.reviewer.id, ewa.id].sort());
    const reviewers = await list({ role: "REVIEWER" });
    expect(reviewers.items.every((i) => i.role === "REVIEWER")).toBe(true);

    const options = await listPeopleInstitutionOptions(actor);
    expect(options.map((o) => o.id).sort()).toEqual([a.institution.id, other.id].sort());

    const byName = await list({ sort: "name", dir: "desc" });
    const names = byName.items.map((i) => i.name);
    const polish = new Intl.Collator("pl", { sensitivity: "base", numeric: true });
    expect(names).toEqual([...names].sort((x, y) => polish.compare(y, x)));
  });

  it("hides archived people unless asked for them", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    await t.prisma.user.update({ where: { id: a.observer.id }, data: { archivedAt: new Date() } });
    const actor = await actorOf(a.coordinator);
    const active = await listPeople(actor, parsePersonListQuery({}), { groupId: a.group.id });
    expect(active.items.map((i) => i.id)).not.toContain(a.observer.id);
    const archived = await listPeople(actor, parsePersonListQuery({ archived: "archived" }), { groupId: a.group.id });
    expect(ids(archived.items)).toEqual([a.observer.id]);
    const all = await listPeople(actor, parsePersonListQuery({ archived: "all" }), { groupId: a.group.id });
    expect(all.total).toBe(4);
  });

  it("does not show a group's name on a profile to someone outside that group", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    const secret = await buildGroup(t.prisma, { name: "Grupa zamknięta", institutions: [{ institutionId: a.institution.id }] });
    await t.prisma.groupMember.create({ data: { groupId: secret.id, userId: a.reviewer.id, role: "MEMBER" } });
    const seenByMember = await getPerson(await actorOf(a.member), a.reviewer.id);
    expect(seenByMember?.memberships.map((m) => m.groupId)).toEqual([a.group.id]);
    // ...but the permission rules still know about all of them.
    expect(seenByMember?.ref.groupIds.sort()).toEqual([a.group.id, secret.id].sort());
  });
});

describe("archiving a person", () => {
  it("sets archivedAt, bumps sessionVersion and ends their session", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    await signInAs(a.member);
    expect(await getCurrentUser()).not.toBeNull();

    await signInAs(a.coordinator);
    expect(await archivePersonAction({ id: a.member.id })).toMatchObject({ ok: true });
    const archived = await t.prisma.user.findUniqueOrThrow({ where: { id: a.member.id } });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.sessionVersion).toBe(a.member.sessionVersion + 1);

    await signInAs(a.member);
    expect(await getCurrentUser()).toBeNull();

    await signInAs(a.coordinator);
    expect(await restorePersonAction({ id: a.member.id })).toMatchObject({ ok: true });
    const restored = await t.prisma.user.findUniqueOrThrow({ where: { id: a.member.id } });
    expect(restored.archivedAt).toBeNull();
    // The sessions from before the archive stay void; the person signs in again.
    expect(restored.sessionVersion).toBe(a.member.sessionVersion + 1);
  });

  it("disconnects the person's open realtime connection", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
    const realtime = await createRealtimeServer(httpServer, { secret: env.secret, logger: pino({ level: "silent" }) });
    httpServer.listen(0, "127.0.0.1");
    await once(httpServer, "listening");
    setRealtime(realtime.io);
    const token = await encode({ token: { sub: a.member.id, sv: 0 }, secret: env.secret });
    const socket = connectClient(`http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, {
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie: `next-auth.session-token=${token}` },
    });
    try {
      await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
      const disconnected = new Promise<[string]>((resolve) => socket.once("disconnect", (reason) => resolve([reason])));
      await signInAs(a.coordinator);
      expect(await archivePersonAction({ id: a.member.id })).toMatchObject({ ok: true });
      const [reason] = await disconnected;
      expect(reason).toBe("io server disconnect");
    } finally {
      socket.close();
      // The registry has no "clear"; later tests must not reach a closed server.
      setRealtime(undefined);
      await realtime.close();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    }
  });

  it.each(["member", "reviewer", "observer", "outsider"] as const)("refuses a %s and changes nothing", async (who) => {
    const a = await buildGroupWithRoles(t.prisma);
    await signInAs(a[who]);
    expect(await archivePersonAction({ id: a.reviewer.id === a[who].id ? a.member.id : a.reviewer.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const rows = await t.prisma.user.findMany({ where: { id: { in: [a.member.id, a.reviewer.id] } } });
    expect(rows.every((r) => r.archivedAt === null && r.sessionVersion === 0)).toBe(true);
  });

  it("refuses to archive oneself and the group's only coordinator", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    await signInAs(a.coordinator);
    expect(await archivePersonAction({ id: a.coordinator.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const admin = await buildUser(t.prisma, { isAdmin: true });
    await signInAs(admin);
    expect(await archivePersonAction({ id: a.coordinator.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Grupa musi mieć co najmniej jednego koordynatora.",
    });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: a.coordinator.id } })).archivedAt).toBeNull();
  });
});

describe("editing a person", () => {
  it("lets a person rename themselves but not change their e-mail", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    await signInAs(a.member);
    expect(await updatePersonAction({ id: a.member.id, name: "Katarzyna Lewandowska", institutionId: a.institution.id })).toMatchObject({ ok: true });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: a.member.id } })).name).toBe("Katarzyna Lewandowska");

    const result = await updatePersonAction({ id: a.member.id, name: "K. L.", institutionId: a.institution.id, email: "nowy@wup.example" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const row = await t.prisma.user.findUniqueOrThrow({ where: { id: a.member.id } });
    expect(row).toMatchObject({ name: "Katarzyna Lewandowska", email: a.member.email });
  });

  it("lets an administrator change the e-mail, refusing one that is taken", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    const admin = await buildUser(t.prisma, { isAdmin: true });
    await signInAs(admin);
    const email = `nowy.${Date.now()}@wup.example`;
    expect(await updatePersonAction({ id: a.member.id, name: a.member.name, institutionId: a.institution.id, email: email.toUpperCase() })).toMatchObject({ ok: true });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: a.member.id } })).email).toBe(email);

    const taken = await updatePersonAction({ id: a.member.id, name: a.member.name, institutionId: a.institution.id, email: a.reviewer.email });
    expect(taken).toMatchObject({ ok: false, code: "CONFLICT", message: "Osoba z tym adresem e-mail ma już konto." });
  });

  it("lets a coordinator move a person only to a partner institution of their groups", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    const partner = await buildInstitution(t.prisma);
    await t.prisma.groupInstitution.create({ data: { groupId: a.group.id, institutionId: partner.id } });
    const stranger = await buildInstitution(t.prisma);
    await signInAs(a.coordinator);

    expect(await updatePersonAction({ id: a.member.id, name: a.member.name, institutionId: stranger.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await updatePersonAction({ id: a.member.id, name: a.member.name, institutionId: partner.id })).toMatchObject({ ok: true });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: a.member.id } })).institutionId).toBe(partner.id);
  });

  it("refuses members editing others and reports bad input in Polish", async () => {
    const a = await buildGroupWithRoles(t.prisma);
    await signInAs(a.member);
    expect(await updatePersonAction({ id: a.reviewer.id, name: "X", institutionId: null })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    await signInAs(a.coordinator);
    const result = await updatePersonAction({ id: a.reviewer.id, name: "   ", institutionId: a.institution.id });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: "To pole jest wymagane." } });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: a.reviewer.id } })).name).toBe(a.reviewer.name);
  });
});
