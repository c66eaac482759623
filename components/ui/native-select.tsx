import * as React from "react";
import { ChevronDown } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { inputClassName } from "@/components/ui/input";

/**
 * A styled native <select>: works without JavaScript, in forms and with every assistive
 * technology, so prefer it over the Radix Select for plain choices.
 */
export function NativeSelect({
  className,
  wrapperClassName,
  children,
  ...props
}: React.ComponentProps<"select"> & { wrapperClassName?: string }) {
  return (
    <div className={cn("relative w-full", wrapperClassName)}>
      <select className={cn(inputClassName, "appearance-none pr-9", className)} {...props}>
        {children}
      </select>
      <ChevronDown
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-muted-foreground"
      />
    </div>
  );
}
