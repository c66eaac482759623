import * as React from "react";
import { cn } from "@/components/ui/cn";
import { inputClassName } from "@/components/ui/input";

export function Textarea({ className, rows = 4, ...props }: React.ComponentProps<"textarea">) {
  return <textarea rows={rows} className={cn(inputClassName, "h-auto min-h-20 leading-relaxed", className)} {...props} />;
}
