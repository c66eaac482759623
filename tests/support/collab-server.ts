// An in-process realtime + collaboration server on a random port, on the database installed
// with setDb(), for integration tests (restart = close() and start again on the same database).
import { once } from "node:events";
import http from "node:http";
import type { AddressInfo } from "node:net";
import pino from "pino";
import { env } from "@/lib/env";
import { createCollabServer, type CollabServerOptions } from "@/server/collab";
import { createRealtimeServer } from "@/server/realtime";

export type CollabTestServer = {
  url: string;
  port: number;
  realtime: Awaited<ReturnType<typeof createRealtimeServer>>;
  collab: ReturnType<typeof createCollabServer>;
  close(): Promise<void>;
};

export async function startCollabTestServer(
  options: { port?: number; redis?: { url: string; streamName: string }; collab?: Partial<CollabServerOptions> } = {},
): Promise<CollabTestServer> {
  const httpServer = http.createServer((_req, res) => res.writeHead(404).end());
  const logger = pino({ level: process.env.COLLAB_TEST_LOG ?? "silent" });
  const realtime = await createRealtimeServer(httpServer, {
    secret: env.secret,
    logger,
    ...(options.redis ? { redisUrl: options.redis.url, redisStreamName: options.redis.streamName } : {}),
  });
  const collab = createCollabServer(realtime.io, { secret: env.secret, logger, clustered: Boolean(options.redis), ...options.collab });
  httpServer.listen(options.port ?? 0, "127.0.0.1");
  await once(httpServer, "listening");
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    realtime,
    collab,
    async close() {
      await collab.close();
      await realtime.close();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve, reject) => httpServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
