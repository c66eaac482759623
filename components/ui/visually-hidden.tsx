import * as React from "react";

/** Text for screen readers only (e.g. an icon button's name); hidden visually, not from the accessibility tree. */
export function VisuallyHidden({ ...props }: React.ComponentProps<"span">) {
  return <span className="sr-only" {...props} />;
}
