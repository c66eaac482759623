// Every incoming "message": binary only, size-capped, rate-limited (token buckets per
// connection), fully decoded before use, then handed to the hook that owns its kind.
// Anything else a client emits is a protocol error.
import { MalformedMessageError, parseMessage, toUint8Array, type ParsedMessage } from "./protocol";
import type { CollabHook, MessageHandler, Reply } from "./types";

export const handleMessages: CollabHook = (nsp, ctx) => {
  const { connections, limits } = ctx;

  nsp.on("connection", (socket) => {
    socket.on("message", (data: unknown, ack?: unknown) => {
      const reply: Reply = typeof ack === "function" ? (ack as Reply) : undefined;
      const connection = connections.get(socket);
      if (!connection || connection.closing) return;
      const bytes = toUint8Array(data);
      if (!bytes) return ctx.fail(socket, "MALFORMED", reply, { reason: "not binary" });
      if (bytes.byteLength > limits.maxMessageBytes) {
        return ctx.fail(socket, "MESSAGE_TOO_LARGE", reply, { bytes: bytes.byteLength, limit: limits.maxMessageBytes });
      }
      if (!connection.messages.take(1) || !connection.bytes.take(bytes.byteLength)) return ctx.fail(socket, "RATE_LIMITED", reply);
      let message: ParsedMessage;
      try {
        message = parseMessage(bytes);
      } catch (error) {
        const reason = error instanceof MalformedMessageError ? error.message : "undecodable";
        return ctx.fail(socket, "MALFORMED", reply, { reason });
      }
      const handler = ctx.handlers[message.kind] as MessageHandler<typeof message.kind> | undefined;
      if (!handler) return ctx.fail(socket, "MALFORMED", reply, { reason: `unhandled ${message.kind}` });
      handler(socket, connection, message, reply);
    });

    socket.onAny((event: string, ...args: unknown[]) => {
      if (event === "message") return;
      const last = args.at(-1);
      ctx.fail(socket, "MALFORMED", typeof last === "function" ? (last as Reply) : undefined, { reason: "unknown event" });
    });
  });
};
