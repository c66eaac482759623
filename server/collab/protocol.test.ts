import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import {
  awarenessFrame,
  encodeAwarenessEntries,
  parseAwarenessUpdate,
  parseMessage,
  syncStep1Frame,
  syncStep2Frame,
  syncUpdateFrame,
  toUint8Array,
} from "./protocol";

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

describe("parseMessage", () => {
  it("reads sync step 1, step 2 and updates", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "abc");
    expect(parseMessage(syncStep1Frame(Y.encodeStateVector(doc)))).toMatchObject({ kind: "sync-step1" });
    const update = textUpdate("abc");
    expect(parseMessage(syncStep2Frame(update))).toEqual({ kind: "sync-step2", update, empty: false, deletesOnly: false });
    expect(parseMessage(syncUpdateFrame(update))).toMatchObject({ kind: "sync-update", empty: false });
  });

  it("recognises empty and deletion-only updates", () => {
    const doc = new Y.Doc();
    expect(parseMessage(syncStep2Frame(Y.encodeStateAsUpdate(doc)))).toMatchObject({ empty: true, deletesOnly: false });
    doc.getText("t").insert(0, "abc");
    const before = Y.encodeStateVector(doc);
    doc.getText("t").delete(0, 2);
    expect(parseMessage(syncUpdateFrame(Y.encodeStateAsUpdate(doc, before)))).toMatchObject({ empty: false, deletesOnly: true });
  });

  it("reads awareness and the awareness query", () => {
    const entries = [{ clientID: 7, clock: 2, state: { user: { name: "Anna" } } }];
    expect(parseMessage(awarenessFrame(encodeAwarenessEntries(entries)))).toEqual({ kind: "awareness", entries });
    expect(parseMessage(new Uint8Array([3]))).toEqual({ kind: "query-awareness" });
  });

  it.each([
    ["empty input", new Uint8Array()],
    ["an unknown type", new Uint8Array([5, 0])],
    ["an unknown sync step", new Uint8Array([0, 4, 0])],
    ["a truncated update", syncUpdateFrame(textUpdate("hello world").slice(0, -4))],
    ["a length beyond the end", new Uint8Array([0, 2, 50, 1, 2])],
    ["trailing bytes", new Uint8Array([...syncUpdateFrame(textUpdate("x")), 0])],
    ["a garbage state vector", syncStep1Frame(new Uint8Array([5, 200]))],
    ["awareness with a lying count", awarenessFrame(new Uint8Array([100, 1, 1]))],
  ])("throws on %s", (_label, bytes) => {
    expect(() => parseMessage(bytes)).toThrow();
  });

  it("throws on awareness state that is not JSON", () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, "{");
    expect(() => parseAwarenessUpdate(encoding.toUint8Array(encoder))).toThrow(/JSON/);
  });
});

describe("toUint8Array", () => {
  it("accepts Buffer, ArrayBuffer and views, nothing else", () => {
    expect([...toUint8Array(Buffer.from([1, 2]))!]).toEqual([1, 2]);
    expect(toUint8Array(new Uint8Array([1, 2]).buffer)).toEqual(new Uint8Array([1, 2]));
    expect(toUint8Array(new DataView(new Uint8Array([1, 2, 3]).buffer, 1))).toEqual(new Uint8Array([2, 3]));
    expect(toUint8Array("12")).toBeNull();
    expect(toUint8Array([1, 2])).toBeNull();
  });
});
