"use client";

import type * as React from "react";
import { Toaster as Sonner } from "sonner";
import { useTranslations } from "next-intl";

/*
 * Sonner's own rich colours fall just under 4.5:1 for text, so they are replaced with the
 * theme's soft tones (all ≥ 7:1). Set inline because sonner injects its stylesheet at runtime.
 */
const richColors = {
  "--normal-bg": "var(--popover)",
  "--normal-text": "var(--popover-foreground)",
  "--normal-border": "var(--border)",
  "--success-bg": "var(--success-soft)",
  "--success-text": "var(--success-soft-foreground)",
  "--success-border": "#b5dcc4",
  "--error-bg": "var(--destructive-soft)",
  "--error-text": "var(--destructive-soft-foreground)",
  "--error-border": "#f3c1bc",
  "--warning-bg": "var(--warning-soft)",
  "--warning-text": "var(--warning-soft-foreground)",
  "--warning-border": "#efd28e",
  "--info-bg": "var(--info-soft)",
  "--info-text": "var(--info-soft-foreground)",
  "--info-border": "#bfd1ee",
  fontFamily: "var(--font-sans)",
} as React.CSSProperties;

/** App-wide toast outlet (mounted once in app/layout.tsx); raise toasts with `toast()` from "sonner". */
export function Toaster() {
  const t = useTranslations("shell");
  return (
    <Sonner
      richColors
      closeButton
      position="top-right"
      theme="light"
      // Below the 4rem top bar, so toasts never cover the account menu.
      offset={{ top: 76, right: 24 }}
      mobileOffset={{ top: 72, left: 12, right: 12 }}
      style={richColors}
      containerAriaLabel={t("notifications")}
      toastOptions={{ closeButtonAriaLabel: t("closeNotification") }}
    />
  );
}
