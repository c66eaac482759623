import * as React from "react";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "@/components/ui/cn";

export const badgeVariants = cva(
  "inline-flex w-fit shrink-0 items-center gap-1 rounded-full border px-2 py-0.5 text-xs leading-4 font-medium whitespace-nowrap [&_svg]:size-3 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        default: "border-transparent bg-primary text-primary-foreground",
        secondary: "border-transparent bg-secondary text-secondary-foreground",
        info: "border-info-soft-foreground/15 bg-info-soft text-info-soft-foreground",
        success: "border-success-soft-foreground/15 bg-success-soft text-success-soft-foreground",
        warning: "border-warning-soft-foreground/15 bg-warning-soft text-warning-soft-foreground",
        destructive: "border-destructive-soft-foreground/15 bg-destructive-soft text-destructive-soft-foreground",
        muted: "border-transparent bg-muted text-muted-foreground",
        outline: "border-border bg-card text-foreground",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

export type BadgeProps = React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>;

export function Badge({ className, variant, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ variant }), className)} {...props} />;
}
