"use server";
import { defineAction } from "@/lib/safe-action/server";
import { AppError } from "@/lib/errors/app-error";
import { canInstitution, canSystem, type Actor, type InstitutionAction } from "@/lib/permissions/ability";
import { loadInstitutionRef } from "@/lib/institutions/data";
import { institutionIdSchema, institutionInputSchema, updateInstitutionSchema } from "@/lib/institutions/schema";
import { archiveInstitution, createInstitution, restoreInstitution, updateInstitution } from "@/lib/institutions/mutations";

/** Loads the institution's groups from the database and asks the ability table. */
async function mayInstitution(actor: Actor, action: InstitutionAction, id: string): Promise<boolean> {
  const ref = await loadInstitutionRef(id);
  if (!ref) throw new AppError("NOT_FOUND");
  if (action === "update" && ref.archived) throw new AppError("CONFLICT", { messageKey: "INSTITUTION_ARCHIVED" });
  return canInstitution(actor, action, ref);
}

export const createInstitutionAction = defineAction({
  name: "institution.create",
  input: institutionInputSchema,
  authorize: ({ current }) => canSystem(current.actor, "createInstitution"),
  run: async ({ input }) => {
    const institution = await createInstitution(input);
    return { id: institution.id };
  },
});

export const updateInstitutionAction = defineAction({
  name: "institution.update",
  input: updateInstitutionSchema,
  authorize: ({ current, input }) => mayInstitution(current.actor, "update", input.id),
  run: async ({ input: { id, ...fields } }) => {
    await updateInstitution(id, fields);
    return { id };
  },
});

export const archiveInstitutionAction = defineAction({
  name: "institution.archive",
  input: institutionIdSchema,
  authorize: ({ current, input }) => mayInstitution(current.actor, "archive", input.id),
  run: ({ input }) => archiveInstitution(input.id),
});

export const restoreInstitutionAction = defineAction({
  name: "institution.restore",
  input: institutionIdSchema,
  authorize: ({ current, input }) => mayInstitution(current.actor, "unarchive", input.id),
  run: ({ input }) => restoreInstitution(input.id),
});
