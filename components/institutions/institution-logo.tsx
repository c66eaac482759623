"use client";

import * as React from "react";
import { cn } from "@/components/ui/cn";

const sizes = { sm: "size-9 text-[0.6875rem]", lg: "size-16 text-base" } as const;

/**
 * The institution's logo from its own website, or its short name on a tile when there is
 * none or the image fails to load (links to third-party images break without notice).
 * Pass an empty alt where the name is printed next to the logo, so it is not read twice.
 */
export function InstitutionLogo({
  src,
  shortName,
  alt,
  size = "sm",
  className,
}: {
  src: string | null;
  shortName: string;
  alt: string;
  size?: keyof typeof sizes;
  className?: string;
}) {
  // Remember which address failed, so a new address gets its own chance.
  const [failedSrc, setFailedSrc] = React.useState<string | null>(null);
  const failed = src !== null && failedSrc === src;
  const imageRef = React.useRef<HTMLImageElement>(null);
  // An image that failed before hydration never fires onError for React; check once mounted.
  React.useEffect(() => {
    const image = imageRef.current;
    // decode() rejects for a broken image; naturalWidth would misjudge SVGs without a size.
    if (src && image?.complete) image.decode().catch(() => setFailedSrc(src));
  }, [src]);
  const box = cn("inline-flex shrink-0 items-center justify-center overflow-hidden rounded-md border bg-card", sizes[size], className);
  if (src && !failed) {
    return (
      <span className={box}>
        {/* A plain <img>: logos come from any institution's host, which next/image would have to allow-list. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          ref={imageRef}
          src={src}
          alt={alt}
          loading="lazy"
          referrerPolicy="no-referrer"
          onError={() => setFailedSrc(src)}
          className="size-full object-contain p-0.5"
        />
      </span>
    );
  }
  return (
    <span
      className={cn(box, "bg-secondary font-semibold tracking-tight text-secondary-foreground")}
      role={alt ? "img" : undefined}
      aria-label={alt || undefined}
      aria-hidden={alt ? undefined : true}
    >
      {initials(shortName)}
    </span>
  );
}

function initials(shortName: string): string {
  const words = shortName.split(/[\s-]+/).filter(Boolean);
  const letters = words.length > 1 ? words.slice(0, 3).map((w) => w[0]) : [shortName.slice(0, 3)];
  return letters.join("").toLocaleUpperCase("pl");
}
