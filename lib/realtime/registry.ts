// The socket.io server lives in the custom server's module graph; Next's bundles reach
// it through globalThis (same process, separate module instances).
import type { Server } from "socket.io";

const holder = globalThis as unknown as { __quorumIo?: Server };

/** Pass undefined to forget a server that was closed (tests). */
export function setRealtime(io: Server | undefined): void {
  holder.__quorumIo = io;
}

/** Undefined in tests and scripts that run without the server. */
export function getRealtime(): Server | undefined {
  return holder.__quorumIo;
}
