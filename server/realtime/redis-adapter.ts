// Multi-process fan-out: with REDIS_URL set, every process reads the same Redis stream, so an
// emit, a room change or a disconnectSockets() made on one process reaches sockets on all of them.
import { createAdapter } from "@socket.io/redis-streams-adapter";
import type { Logger } from "pino";
import { createClient } from "redis";

export type RedisAdapterHandle = {
  adapter: ReturnType<typeof createAdapter>;
  /** Call after the namespaces' adapters were closed (they stop the adapter's read loops). */
  close(): Promise<void>;
};

type Client = ReturnType<typeof createClient>;

/** Host and port only: the URL may carry a password. */
function describeRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return "redis (unparsable url)";
  }
}

export async function createRedisAdapter(options: {
  url: string;
  /** Stream name and pub/sub channel prefix; processes must share it to see each other. */
  streamName: string;
  logger: Logger;
}): Promise<RedisAdapterHandle> {
  const log = options.logger.child({ redis: describeRedisUrl(options.url) });
  const client: Client = createClient({ url: options.url });
  // Without a listener an "error" event (e.g. a dropped connection) would crash the process;
  // the client reconnects by itself.
  client.on("error", (error: Error) => log.warn({ err: error.message }, "redis client error"));

  // The adapter duplicates the client for its blocking XREAD loops and for pub/sub, and only
  // drops them when a pending XREAD returns (up to 5 s after close). We keep the copies so
  // close() can end them at once, and make their disconnect() idempotent because the adapter's
  // own loop calls it again afterwards (node-redis throws on closing a closed client).
  const copies: Client[] = [];
  const duplicate = client.duplicate.bind(client);
  client.duplicate = ((...args: Parameters<Client["duplicate"]>) => {
    const copy = duplicate(...args) as Client;
    copy.disconnect = async () => {
      if (copy.isOpen) copy.destroy();
    };
    copies.push(copy);
    return copy;
  }) as Client["duplicate"];

  // Retries until Redis answers (errors are logged above): with REDIS_URL configured, serving
  // without the adapter would silently split users across processes.
  await client.connect();
  log.info({ streamName: options.streamName }, "realtime redis streams adapter connected");

  const adapter = createAdapter(client, { streamName: options.streamName, channelPrefix: options.streamName });

  return {
    adapter,
    async close() {
      for (const copy of copies) {
        if (copy.isOpen) copy.destroy();
      }
      // close() waits for pending commands, e.g. the adapter's last "closing" message.
      if (client.isOpen) await client.close();
    },
  };
}
