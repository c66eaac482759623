/**
 * A form's fields as plain strings, keyed by name, for passing to a server action as its input
 * (the action's zod schema does the checking). Meant for forms whose names are each used once:
 * for a repeated name the last value wins.
 */
export function readFormValues(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries([...new FormData(form).entries()].map(([name, value]) => [name, String(value)]));
}
