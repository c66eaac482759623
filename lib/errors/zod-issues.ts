// Turns zod issues into translation keys of the "validation" namespace, so every
// schema gets translated messages without repeating them in each schema.
import type { z } from "zod";
import type { FieldErrors, FieldIssue } from "@/lib/errors/app-error";

export function issueToFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  // A schema may name its own key: z.string().refine(fn, { message: "endBeforeStart" }).
  if (issue.code === "custom") return { key: issue.message || "invalid" };
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? { key: "required" } : { key: "invalid" };
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? { key: "required" } : { key: "tooShort", values: { min: Number(issue.minimum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooFew", values: { min: Number(issue.minimum) } };
      return { key: "tooSmall", values: { min: String(issue.minimum) } };
    case "too_big":
      if (issue.origin === "string") return { key: "tooLong", values: { max: Number(issue.maximum) } };
      if (issue.origin === "array" || issue.origin === "set") return { key: "tooMany", values: { max: Number(issue.maximum) } };
      return { key: "tooBig", values: { max: String(issue.maximum) } };
    case "invalid_format":
      if (issue.format === "email") return { key: "invalidEmail" };
      if (issue.format === "url") return { key: "invalidUrl" };
      if (issue.format === "date" || issue.format === "datetime") return { key: "invalidDate" };
      return { key: "invalidFormat" };
    case "invalid_value":
      return { key: "invalidOption" };
    case "unrecognized_keys":
      return { key: "unexpectedField" };
    default:
      return { key: "invalid" };
  }
}

export function zodToFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.join(".") : "_form";
    (out[field] ??= []).push(issueToFieldIssue(issue));
  }
  return out;
}
