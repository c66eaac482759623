import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { GroupRole } from "@/lib/generated/prisma/enums";
import { groupRoles } from "@/lib/people/schema";

/** The four roles as radio buttons, each with what it allows, so the choice is informed. */
export function RoleChoice({ name, legend, defaultValue = "MEMBER", error }: { name: string; legend: string; defaultValue?: GroupRole; error?: string }) {
  const t = useTranslations("people");
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset aria-describedby={errorId} className={cn("flex flex-col gap-2", error && "border-l-[3px] border-destructive pl-3")}>
      <legend className="mb-1.5 text-sm leading-snug font-medium">{legend}</legend>
      {error ? (
        <p id={errorId} className="text-sm font-medium text-destructive">
          {error}
        </p>
      ) : null}
      <div className="grid gap-2 sm:grid-cols-2">
        {groupRoles.map((role) => (
          <label
            key={role}
            className="flex cursor-pointer items-start gap-3 rounded-md border bg-card p-3 text-sm transition-colors hover:bg-accent has-[:checked]:border-primary has-[:checked]:bg-accent has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-ring"
          >
            <input type="radio" name={name} value={role} defaultChecked={role === defaultValue} className="mt-0.5 size-4 shrink-0 accent-[var(--color-primary)] focus-visible:outline-none" />
            <span className="grid gap-0.5">
              <span className="font-medium">{t(`roles.${role}`)}</span>
              <span className="text-muted-foreground">{t(`roleDescriptions.${role}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
