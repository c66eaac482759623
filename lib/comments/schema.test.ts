import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { base64ToBytes, bytesToBase64, createThreadSchema, isEncodedRelativePosition, replyToThreadSchema, splitMentions } from "@/lib/comments/schema";

function anchor(): string {
  const doc = new Y.Doc();
  const text = doc.getText("t");
  text.insert(0, "Wniosek o dofinansowanie");
  return bytesToBase64(Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, 3)));
}

describe("comment schemas", () => {
  it("round-trips bytes through base64, including high bytes", () => {
    const bytes = new Uint8Array([0, 1, 127, 128, 200, 255]);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });

  it("accepts encoded relative positions and refuses other bytes", () => {
    expect(isEncodedRelativePosition(base64ToBytes(anchor()))).toBe(true);
    expect(isEncodedRelativePosition(new Uint8Array())).toBe(false);
    expect(isEncodedRelativePosition(new Uint8Array(1000))).toBe(false);
  });

  it("trims the body, de-duplicates mentions and defaults them to none", () => {
    const parsed = createThreadSchema.parse({
      documentId: "d1",
      anchorStart: anchor(),
      anchorEnd: anchor(),
      quote: " Wniosek ",
      body: "  Proszę o opinię  ",
      mentions: ["user:u1", "user:u1", "institution:i1"],
    });
    expect(parsed).toMatchObject({ quote: "Wniosek", body: "Proszę o opinię", mentions: ["user:u1", "institution:i1"] });
    expect(replyToThreadSchema.parse({ threadId: "t1", body: "Zgoda" }).mentions).toEqual([]);
  });

  it("refuses an empty body, a body over 5000 characters and unknown mention kinds", () => {
    expect(replyToThreadSchema.safeParse({ threadId: "t1", body: "   " }).success).toBe(false);
    expect(replyToThreadSchema.safeParse({ threadId: "t1", body: "a".repeat(5001) }).success).toBe(false);
    expect(replyToThreadSchema.safeParse({ threadId: "t1", body: "a".repeat(5000) }).success).toBe(true);
    expect(replyToThreadSchema.safeParse({ threadId: "t1", body: "x", mentions: ["group:g1"] }).success).toBe(false);
  });

  it("splits mentions by kind", () => {
    expect(splitMentions(["user:u1", "institution:i1", "user:u2"])).toEqual({ userIds: ["u1", "u2"], institutionIds: ["i1"] });
  });
});
