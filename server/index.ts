// One Node process serves Next.js and socket.io on the same port.
// Start-up order matters: database and migrations first, then demo data, then traffic.
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { closeDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { openDatabase } from "@/server/database";
import { createRealtimeServer } from "@/server/realtime";
import { setRealtime } from "@/lib/realtime/registry";
import { createCollabServer } from "@/server/collab";
import { setCollabHub } from "@/lib/collab/server-edit";

const dev = process.env.NODE_ENV !== "production";
const hostname = process.env.HOST ?? "0.0.0.0";
const port = env.port;
const log = logger.child({ component: "server" });
// Socket.io only, no Next and no background jobs: extra realtime processes behind a load
// balancer, and the collaboration durability tests (no build needed).
const realtimeOnly = process.env.QUORUM_REALTIME_ONLY === "1";

async function main() {
  // Make sure the session secret exists before any module reads it.
  void env.secret;
  const { prisma, kind } = await openDatabase(log);
  // Imported on demand: a realtime-only process starts seconds sooner without them.
  if (env.demo) await (await import("@/lib/seed/demo")).ensureDemoData(prisma, log);
  // Durable jobs (reminders) on the same database; they survive restarts.
  const jobs = realtimeOnly ? undefined : await (await import("@/server/jobs")).startServerJobs(log);

  const next = realtimeOnly ? undefined : (await import("next")).default;
  const app = next?.({ dev, hostname: "localhost", port });
  const handle = app?.getRequestHandler();
  await app?.prepare();

  const httpServer = createServer((req, res) => {
    // Request ids tie a user's report to our logs; honour one set by a proxy.
    const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 64) || randomUUID();
    req.headers["x-request-id"] = requestId;
    res.setHeader("x-request-id", requestId);
    const started = performance.now();
    res.on("finish", () => {
      const url = req.url?.split("?")[0] ?? "";
      if (url.startsWith("/_next/")) return;
      log.info({ requestId, method: req.method, url, status: res.statusCode, ms: Math.round(performance.now() - started) }, "request");
    });
    if (handle) void handle(req, res);
    else res.writeHead(404).end();
  });

  const realtime = await createRealtimeServer(httpServer, {
    redisUrl: env.redisUrl,
    secret: env.secret,
    logger,
    // Browsers send Origin on the socket handshake: refuse pages of other sites riding the session cookie.
    allowedOrigins: [env.appUrl, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
    trustProxy: process.env.TRUST_PROXY === "1",
  });
  setRealtime(realtime.io);
  // Co-editing ("/collab") on the same io server, sharing its Redis adapter.
  const collab = createCollabServer(realtime.io, {
    secret: env.secret,
    logger,
    clustered: Boolean(env.redisUrl),
    allowedOrigins: [env.appUrl, `http://localhost:${port}`, `http://127.0.0.1:${port}`],
    trustProxy: process.env.TRUST_PROXY === "1",
  });
  setCollabHub(collab.hub);

  await new Promise<void>((resolve) => httpServer.listen(port, hostname, resolve));
  log.info({ url: env.appUrl, database: kind, redis: Boolean(env.redisUrl), dev, realtimeOnly }, "Quorum is ready");

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Before realtime: acknowledged edits are committed and no new ones are accepted.
    setCollabHub(undefined);
    await collab.close().catch((error: unknown) => log.error({ err: error }, "collab close failed"));
    await realtime.close().catch((error: unknown) => log.error({ error }, "realtime close failed"));
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await jobs?.close().catch((error: unknown) => log.error({ err: error }, "jobs close failed"));
    // PGlite writes its last pages on close; skipping it could lose recent writes.
    await closeDb().catch((error: unknown) => log.error({ error }, "database close failed"));
    await app?.close?.();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, "start-up failed");
  process.exit(1);
});
