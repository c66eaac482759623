import * as React from "react";
import * as AvatarPrimitive from "@radix-ui/react-avatar";
import { cn } from "@/components/ui/cn";
import { avatarColorFor, initialsFor } from "@/components/ui/avatar-identity";

const sizes = { sm: "size-7 text-[0.6875rem]", default: "size-9 text-xs", lg: "size-12 text-base" } as const;

export type AvatarProps = {
  /** Person's name: gives the initials and, unless a seed is given, the colour. */
  name: string;
  /** Stable identifier (user id or email) so a person keeps their colour after renaming. */
  seed?: string;
  src?: string | null;
  size?: keyof typeof sizes;
  className?: string;
  /** Avatars usually sit next to the visible name, so they are decorative unless told otherwise. */
  decorative?: boolean;
};

export function Avatar({ name, seed, src, size = "default", className, decorative = true }: AvatarProps) {
  return (
    <AvatarPrimitive.Root
      className={cn("relative inline-flex shrink-0 overflow-hidden rounded-full select-none", sizes[size], className)}
      aria-hidden={decorative ? true : undefined}
      role={decorative ? undefined : "img"}
      aria-label={decorative ? undefined : name}
    >
      {src ? <AvatarPrimitive.Image src={src} alt="" className="aspect-square size-full object-cover" /> : null}
      <AvatarPrimitive.Fallback
        className="flex size-full items-center justify-center font-semibold tracking-wide text-white"
        style={{ backgroundColor: avatarColorFor(seed ?? name) }}
      >
        {initialsFor(name)}
      </AvatarPrimitive.Fallback>
    </AvatarPrimitive.Root>
  );
}
