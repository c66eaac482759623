import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { loggerOptions } from "@/lib/log/logger";

describe("logger", () => {
  it("redacts passwords, tokens, cookies and authorization headers", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = pino({ ...loggerOptions, level: "info" }, sink);
    log.info(
      { password: "Kielce-2026", user: { passwordHash: "scrypt$x", token: "abc123" }, req: { headers: { cookie: "next-auth.session-token=eyJ", authorization: "Bearer zzz" } } },
      "sign-in",
    );
    const out = lines.join("");
    for (const secret of ["Kielce-2026", "scrypt$x", "abc123", "eyJ", "Bearer zzz"]) expect(out).not.toContain(secret);
    expect(JSON.parse(out)).toMatchObject({ password: "[redacted]", msg: "sign-in", app: "quorum" });
  });
});
