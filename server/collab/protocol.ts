// The binary framing inside the "message" event, as in y-websocket: a varUint message type,
// then y-protocols sync or awareness content. parseMessage() reads and checks a whole frame
// before anything touches a document, so a truncated or garbage frame changes nothing.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
/** y-websocket's "send me everyone's awareness" (no payload). */
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

export type AwarenessEntry = { clientID: number; clock: number; state: unknown };

export type UpdateMessage = {
  update: Uint8Array;
  /** No structs and no deletions (y-protocols sends such a step 2 when nothing is missing). */
  empty: boolean;
  /** Only deletions: cannot make the document bigger. */
  deletesOnly: boolean;
};

export type ParsedMessage =
  | { kind: "sync-step1"; stateVector: Uint8Array }
  | (UpdateMessage & { kind: "sync-step2" })
  | (UpdateMessage & { kind: "sync-update" })
  | { kind: "awareness"; entries: AwarenessEntry[] }
  | { kind: "query-awareness" };

export class MalformedMessageError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "MalformedMessageError";
  }
}

/** socket.io gives Buffer in Node and ArrayBuffer in browsers; both become a view without copying. */
export function toUint8Array(data: unknown): Uint8Array | null {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

function expectEnd(decoder: decoding.Decoder): void {
  if (decoding.hasContent(decoder)) throw new MalformedMessageError("trailing bytes");
}

/** Throws MalformedMessageError (or lib0's decoding errors) for anything but a well-formed frame. */
export function parseMessage(bytes: Uint8Array): ParsedMessage {
  const decoder = decoding.createDecoder(bytes);
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      expectEnd(decoder);
      if (step === SYNC_STEP1) {
        Y.decodeStateVector(payload);
        return { kind: "sync-step1", stateVector: payload };
      }
      if (step === SYNC_STEP2 || step === SYNC_UPDATE) {
        // Decodes every struct and the delete set: truncation and unknown content throw here,
        // before the update is applied anywhere.
        const { structs, ds } = Y.decodeUpdate(payload);
        const hasDeletes = ds.clients.size > 0;
        const fields: UpdateMessage = {
          update: payload,
          empty: structs.length === 0 && !hasDeletes,
          deletesOnly: structs.length === 0 && hasDeletes,
        };
        return step === SYNC_STEP2 ? { kind: "sync-step2", ...fields } : { kind: "sync-update", ...fields };
      }
      throw new MalformedMessageError(`unknown sync step ${step}`);
    }
    case MESSAGE_AWARENESS: {
      const payload = decoding.readVarUint8Array(decoder);
      expectEnd(decoder);
      return { kind: "awareness", entries: parseAwarenessUpdate(payload) };
    }
    case MESSAGE_QUERY_AWARENESS:
      expectEnd(decoder);
      return { kind: "query-awareness" };
    default:
      throw new MalformedMessageError(`unknown message type ${type}`);
  }
}

export function parseAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  // Each entry takes at least 3 bytes, so a huge count in a short payload is a lie.
  if (count > update.byteLength) throw new MalformedMessageError("awareness entry count");
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    let state: unknown;
    try {
      state = JSON.parse(decoding.readVarString(decoder));
    } catch {
      throw new MalformedMessageError("awareness state is not JSON");
    }
    entries.push({ clientID, clock, state });
  }
  expectEnd(decoder);
  return entries;
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientID);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Frame(stateVector: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_STEP1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

export function syncStep2Frame(update: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_STEP2);
    encoding.writeVarUint8Array(e, update);
  });
}

export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  return frame(MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });
}

export function awarenessFrame(update: Uint8Array): Uint8Array {
  return frame(MESSAGE_AWARENESS, (e) => encoding.writeVarUint8Array(e, update));
}
