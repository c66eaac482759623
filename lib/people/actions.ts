"use server";
// Server actions for people: session → zod → permission → mutation (see lib/safe-action/server.ts).
import { defineAction } from "@/lib/safe-action/server";
import { canPerson } from "@/lib/permissions/ability";
import { loadPersonRef } from "@/lib/people/data";
import { archivePerson, restorePerson, updatePerson } from "@/lib/people/mutations";
import { personIdSchema, updatePersonSchema } from "@/lib/people/schema";

export const updatePersonAction = defineAction({
  name: "person.update",
  input: updatePersonSchema,
  authorize: async ({ current, input }) => {
    const person = await loadPersonRef(input.id);
    if (!person || !canPerson(current.actor, "update", person)) return false;
    const emailChanged = input.email !== undefined && input.email !== person.email;
    return !emailChanged || current.actor.isAdmin;
  },
  run: ({ current, input }) => updatePerson(current.actor, input),
});

export const archivePersonAction = defineAction({
  name: "person.archive",
  input: personIdSchema,
  authorize: async ({ current, input }) => {
    const person = await loadPersonRef(input.id);
    return !!person && canPerson(current.actor, "archive", person);
  },
  run: ({ input }) => archivePerson(input.id),
});

export const restorePersonAction = defineAction({
  name: "person.restore",
  input: personIdSchema,
  // Restoring takes the same say as archiving: a coordinator of one of their groups, or an admin.
  authorize: async ({ current, input }) => {
    const person = await loadPersonRef(input.id);
    return !!person && canPerson(current.actor, "archive", person);
  },
  run: ({ input }) => restorePerson(input.id),
});
