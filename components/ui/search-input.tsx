import * as React from "react";
import { Search } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";

export type SearchInputProps = Omit<React.ComponentProps<"input">, "type"> & {
  /** Accessible name; shown only to screen readers because the icon and placeholder speak for sighted users. */
  label: string;
  wrapperClassName?: string;
};

export function SearchInput({ label, id, name = "q", className, wrapperClassName, ...props }: SearchInputProps) {
  const generated = React.useId();
  const inputId = id ?? `search-${generated}`;
  return (
    <div className={cn("relative w-full", wrapperClassName)}>
      <label htmlFor={inputId} className="sr-only">
        {label}
      </label>
      <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
      <Input id={inputId} type="search" name={name} className={cn("pl-9", className)} {...props} />
    </div>
  );
}
