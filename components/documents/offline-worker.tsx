"use client";
// Registers the service worker that keeps this document page for a reload while offline.
import { useEffect } from "react";
import { registerOfflineWorker } from "@/lib/collab/client/offline-cache";

export function OfflineWorker() {
  useEffect(() => registerOfflineWorker(), []);
  return null;
}
