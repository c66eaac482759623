import { NextResponse } from "next/server";
import { db } from "@/lib/db/client";
import { logger } from "@/lib/log/logger";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await db.$queryRawUnsafe("SELECT 1");
    return NextResponse.json({ status: "ok", db: "ok" }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    logger.error({ err: error }, "health check: database unreachable");
    return NextResponse.json({ status: "error", db: "unreachable" }, { status: 503, headers: { "cache-control": "no-store" } });
  }
}
