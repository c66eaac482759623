import { describe, expect, it } from "vitest";
import { isOriginAllowed } from "./check-origin";
import { clientAddress, ConnectionCounter } from "./limit-connections";

describe("ConnectionCounter", () => {
  it("counts per key and releases each acquisition once", () => {
    const counter = new ConnectionCounter();
    const first = counter.acquire("u1");
    const second = counter.acquire("u1");
    counter.acquire("u2");
    expect(counter.count("u1")).toBe(2);
    first();
    first();
    expect(counter.count("u1")).toBe(1);
    second();
    expect(counter.count("u1")).toBe(0);
    expect(counter.count("u2")).toBe(1);
  });
});

describe("clientAddress", () => {
  const handshake = { address: "10.0.0.2", headers: { "x-forwarded-for": "203.0.113.9, 198.51.100.7" } };

  it("uses the socket address unless the proxy is trusted", () => {
    expect(clientAddress(handshake, false)).toBe("10.0.0.2");
  });

  it("takes the entry our proxy appended, not the client-supplied ones", () => {
    expect(clientAddress(handshake, true)).toBe("198.51.100.7");
    expect(clientAddress({ address: "10.0.0.2", headers: {} }, true)).toBe("10.0.0.2");
  });
});

describe("isOriginAllowed", () => {
  const allowed = ["https://quorum.example.pl/"];

  it("compares origins, not raw strings", () => {
    expect(isOriginAllowed("https://quorum.example.pl", allowed)).toBe(true);
    expect(isOriginAllowed("https://evil.example.pl", allowed)).toBe(false);
    expect(isOriginAllowed("http://quorum.example.pl", allowed)).toBe(false);
  });

  it("refuses unparsable origins and allows clients that send none", () => {
    expect(isOriginAllowed("null", ["null"])).toBe(false);
    expect(isOriginAllowed(undefined, allowed)).toBe(true);
  });
});
