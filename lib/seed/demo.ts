// Seeds the demo working groups on the first start of an empty installation.
import type { Logger } from "pino";
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { seedDemoMeetings } from "@/lib/seed/demo-meetings";
import { seedDemoActions } from "@/lib/seed/demo-actions";
import { seedDemoRegisters } from "@/lib/seed/demo-registers";
import { seedDemoDocuments } from "@/lib/documents/demo-documents";
import { DEMO_COORDINATOR_EMAIL, DEMO_PASSWORD, demoGroups, demoInstitutions, demoPeople } from "@/lib/seed/demo-data";

export async function seedDemoData(prisma: Db): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    const institutionIds = new Map<string, string>();
    for (const i of demoInstitutions) {
      const { key, ...data } = i;
      const row = await tx.institution.create({ data });
      institutionIds.set(key, row.id);
    }
    const groupIds = new Map<string, string>();
    for (const g of demoGroups) {
      const row = await tx.group.create({
        data: {
          name: g.name,
          kind: g.kind,
          description: g.description,
          programme: g.programme,
          funding: g.funding,
          startDate: new Date(`${g.startDate}T00:00:00Z`),
          endDate: g.endDate ? new Date(`${g.endDate}T00:00:00Z`) : null,
          institutions: {
            create: Object.entries(g.institutions).map(([key, partnerRole]) => ({ institutionId: institutionIds.get(key)!, partnerRole })),
          },
        },
      });
      groupIds.set(g.key, row.id);
    }
    const personIds = new Map<string, string>();
    for (const p of demoPeople) {
      const person = await tx.user.create({
        data: {
          name: p.name,
          email: p.email,
          passwordHash,
          isAdmin: p.isAdmin ?? false,
          institutionId: institutionIds.get(p.institution)!,
          memberships: { create: Object.entries(p.roles).map(([groupKey, role]) => ({ groupId: groupIds.get(groupKey)!, role })) },
        },
      });
      personIds.set(p.email, person.id);
    }
    const demoIds = {
      group: groupIds.get("returnGroup")!,
      people: personIds,
      institutions: institutionIds,
      coordinator: personIds.get(DEMO_COORDINATOR_EMAIL)!,
    };
    await seedDemoMeetings(tx, demoIds);
    await seedDemoActions(tx, demoIds);
    await seedDemoDocuments(tx, demoIds);
    // After actions and minutes: decisions link to the held meeting's minutes and to actions.
    await seedDemoRegisters(tx, { groups: groupIds, people: personIds, institutions: institutionIds });
    await tx.systemSetting.create({ data: { key: "demo.seededAt", value: new Date().toISOString() } });
    // Seeding is hundreds of statements: Prisma's 5 s default fails on a busy machine.
  }, { timeout: 120_000 });
}

/** Seeds only a brand-new installation: never touches a database that has people in it. */
export async function ensureDemoData(prisma: Db, log: Logger): Promise<boolean> {
  if ((await prisma.user.count()) > 0) return false;
  await seedDemoData(prisma);
  log.info({ signIn: DEMO_COORDINATOR_EMAIL }, "demo working groups created");
  return true;
}
