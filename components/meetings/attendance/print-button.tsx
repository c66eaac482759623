"use client";
import { Printer } from "lucide-react";
import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button onClick={() => window.print()} size="sm">
      <Printer aria-hidden="true" />
      {label}
    </Button>
  );
}
