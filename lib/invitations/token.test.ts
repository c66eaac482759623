import { describe, expect, it } from "vitest";
import { INVITATION_TTL_MS, invitationExpiry } from "@/lib/invitations/token";

describe("invitation tokens", () => {
  it("expire seven days after they are made", () => {
    const now = new Date("2024-03-30T12:00:00Z");
    expect(invitationExpiry(now).getTime() - now.getTime()).toBe(INVITATION_TTL_MS);
    expect(invitationExpiry(now).toISOString()).toBe("2024-04-06T12:00:00.000Z");
  });
});
