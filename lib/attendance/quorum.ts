// The quorum rule of a group: an institution is present when at least one of its people is
// marked PRESENT; the meeting has a quorum when present member institutions reach
// quorumPercent of all member institutions. Pure, so the page and the tests share it.

export type QuorumInput = {
  /** Ids of the group's member institutions. */
  memberInstitutionIds: readonly string[];
  /** Institutions recorded on PRESENT marks (repeats and non-members are fine). */
  presentInstitutionIds: readonly (string | null)[];
  /** Group.quorumPercent, 0–100. */
  quorumPercent: number;
};

export type Quorum = {
  present: number;
  total: number;
  required: number;
  reached: boolean;
};

/**
 * Institutions needed for a quorum: the share rounded up, so "half of 11" needs 6 (5.5 is
 * not enough). Integer arithmetic keeps 50% of 10 at exactly 5.
 */
export function requiredInstitutions(total: number, quorumPercent: number): number {
  const percent = Math.min(100, Math.max(0, Math.trunc(quorumPercent)));
  return Math.ceil((total * percent) / 100);
}

export function computeQuorum({ memberInstitutionIds, presentInstitutionIds, quorumPercent }: QuorumInput): Quorum {
  const members = new Set(memberInstitutionIds);
  // Guests from outside the group's institutions do not make up a quorum.
  const present = new Set(presentInstitutionIds.filter((id): id is string => id !== null && members.has(id)));
  const total = members.size;
  const required = requiredInstitutions(total, quorumPercent);
  // A group without member institutions has nobody who could constitute it.
  return { present: present.size, total, required, reached: total > 0 && present.size >= required };
}
