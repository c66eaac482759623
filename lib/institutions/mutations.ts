import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { InstitutionInput } from "@/lib/institutions/schema";

/**
 * Runs `fn` in the caller's transaction, or in a new one when called with the plain client:
 * the name check and the write must see the same state.
 */
function inTransaction<T>(tx: Tx, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return tx === db ? db.$transaction((t) => fn(t)) : fn(tx);
}

/**
 * Refuses a name another institution already has, ignoring case (archived ones count too:
 * restoring one must not produce a duplicate). The schema has no case-insensitive unique
 * index, so concurrent writers are serialised with a transaction-scoped advisory lock.
 */
async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtext('quorum.institution.name'))");
  const taken = await tx.institution.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw new AppError("CONFLICT", { messageKey: "INSTITUTION_NAME_TAKEN" });
}

export async function createInstitution(input: InstitutionInput, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    await assertNameFree(t, input.name);
    return t.institution.create({ data: input });
  });
}

export async function updateInstitution(id: string, input: InstitutionInput, tx: Tx = db) {
  return inTransaction(tx, async (t) => {
    const current = await t.institution.findUnique({ where: { id }, select: { archivedAt: true } });
    if (!current) throw new AppError("NOT_FOUND");
    // An archived institution is a read-only record until it is restored.
    if (current.archivedAt) throw new AppError("CONFLICT", { messageKey: "INSTITUTION_ARCHIVED" });
    await assertNameFree(t, input.name, id);
    return t.institution.update({ where: { id }, data: input });
  });
}

/** Hides the institution from default lists; its history (groups, people, actions) stays. */
export async function archiveInstitution(id: string, now = new Date(), tx: Tx = db) {
  // Conditional update: archiving twice keeps the first date.
  const { count } = await tx.institution.updateMany({ where: { id, archivedAt: null }, data: { archivedAt: now } });
  if (count === 0) await assertExists(id, tx);
  return { id };
}

export async function restoreInstitution(id: string, tx: Tx = db) {
  const { count } = await tx.institution.updateMany({ where: { id, archivedAt: { not: null } }, data: { archivedAt: null } });
  if (count === 0) await assertExists(id, tx);
  return { id };
}

async function assertExists(id: string, tx: Tx) {
  const found = await tx.institution.findUnique({ where: { id }, select: { id: true } });
  if (!found) throw new AppError("NOT_FOUND");
}
