import { describe, expect, it } from "vitest";
import { computeQuorum, requiredInstitutions } from "@/lib/attendance/quorum";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `inst-${i + 1}`);

describe("requiredInstitutions", () => {
  it("rounds a share up: half of 11 needs 6", () => {
    expect(requiredInstitutions(11, 50)).toBe(6);
  });
  it("keeps an exact share exact: half of 10 needs 5", () => {
    expect(requiredInstitutions(10, 50)).toBe(5);
  });
  it("needs everyone at 100% and nobody at 0%", () => {
    expect(requiredInstitutions(7, 100)).toBe(7);
    expect(requiredInstitutions(7, 0)).toBe(0);
  });
  it("two thirds of 9 needs 6, of 10 needs 7", () => {
    expect(requiredInstitutions(9, 67)).toBe(7);
    expect(requiredInstitutions(10, 66)).toBe(7);
  });
});

describe("computeQuorum", () => {
  it("reaches the quorum with 6 of 11 institutions at 50%", () => {
    const members = ids(11);
    const q = computeQuorum({ memberInstitutionIds: members, presentInstitutionIds: members.slice(0, 6), quorumPercent: 50 });
    expect(q).toEqual({ present: 6, total: 11, required: 6, reached: true });
  });

  it("misses it with 5 of 11", () => {
    const members = ids(11);
    const q = computeQuorum({ memberInstitutionIds: members, presentInstitutionIds: members.slice(0, 5), quorumPercent: 50 });
    expect(q.reached).toBe(false);
    expect(q.present).toBe(5);
  });

  it("counts an institution once however many of its people are present", () => {
    const q = computeQuorum({
      memberInstitutionIds: ids(3),
      presentInstitutionIds: ["inst-1", "inst-1", "inst-1"],
      quorumPercent: 50,
    });
    expect(q).toEqual({ present: 1, total: 3, required: 2, reached: false });
  });

  it("ignores guests from institutions outside the group and people without an institution", () => {
    const q = computeQuorum({ memberInstitutionIds: ids(2), presentInstitutionIds: ["guest", null, "inst-2"], quorumPercent: 50 });
    expect(q).toEqual({ present: 1, total: 2, required: 1, reached: true });
  });

  it("is never reached in a group without member institutions", () => {
    const q = computeQuorum({ memberInstitutionIds: [], presentInstitutionIds: [], quorumPercent: 0 });
    expect(q).toEqual({ present: 0, total: 0, required: 0, reached: false });
  });
});
