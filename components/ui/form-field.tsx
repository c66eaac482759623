import * as React from "react";
import { CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";

/** What FormField hands to its control so label, hint and error are announced with it. */
export type FormControlProps = {
  id: string;
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
  "aria-required": true | undefined;
};

export type FormFieldProps = {
  id: string;
  label: React.ReactNode;
  description?: React.ReactNode;
  /** The validation message; when set the control gets aria-invalid and the message is linked to it. */
  error?: string | null;
  required?: boolean;
  /** "checkbox" puts the control before the label on one line, for checkboxes and switches. */
  layout?: "stacked" | "checkbox";
  className?: string;
  /** A render function receiving the control props, or a single element they are merged into. */
  children: ((control: FormControlProps) => React.ReactNode) | React.ReactElement<Record<string, unknown>>;
};

/**
 * Label + hint + error + control, in the GOV.UK order (hint and error above the control, so
 * screen-magnifier users meet them before typing). Works in server and client components.
 */
export function FormField({
  id,
  label,
  description,
  error,
  required = false,
  layout = "stacked",
  className,
  children,
}: FormFieldProps) {
  const t = useTranslations("shell.ui");
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(" ") || undefined;
  const control: FormControlProps = {
    id,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
    "aria-required": required ? true : undefined,
  };

  let rendered: React.ReactNode;
  if (typeof children === "function") {
    rendered = children(control);
  } else {
    const own = children.props["aria-describedby"];
    rendered = React.cloneElement(children, {
      ...control,
      "aria-describedby": [describedBy, typeof own === "string" ? own : undefined].filter(Boolean).join(" ") || undefined,
    });
  }

  const labelNode = (
    <Label htmlFor={id}>
      {label}
      {required ? (
        <>
          <span aria-hidden="true" className="ml-0.5 text-destructive">
            *
          </span>
          <span className="sr-only"> {t("required")}</span>
        </>
      ) : null}
    </Label>
  );
  const descriptionNode = description ? (
    <div id={descriptionId} className="text-sm text-muted-foreground">
      {description}
    </div>
  ) : null;
  const errorNode = error ? (
    <p id={errorId} className="flex items-start gap-1.5 text-sm font-medium text-destructive">
      <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        <span className="sr-only">{t("errorPrefix")} </span>
        {error}
      </span>
    </p>
  ) : null;

  if (layout === "checkbox") {
    return (
      <div className={cn("flex flex-col gap-1.5", error && "border-l-[3px] border-destructive pl-3", className)}>
        {errorNode}
        <div className="flex items-start gap-3">
          <div className="flex h-5 items-center">{rendered}</div>
          <div className="grid gap-1">
            {labelNode}
            {descriptionNode}
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className={cn("flex flex-col gap-1.5", error && "border-l-[3px] border-destructive pl-3", className)}>
      {labelNode}
      {descriptionNode}
      {errorNode}
      {rendered}
    </div>
  );
}
