// Pure helpers behind <Avatar>: kept apart from the component so server code and tests can use them.

/**
 * Background colours for initials avatars. All are dark enough for white text (≥ 5.9:1) and
 * distinct enough that neighbouring people in a list rarely look alike.
 */
export const AVATAR_COLORS = [
  "#1e3a5f",
  "#0f6b6b",
  "#2d6a3e",
  "#6b3a6e",
  "#9a3b26",
  "#475569",
  "#3f4aa8",
  "#8a5a00",
  "#7a3552",
  "#2b5c8a",
] as const;

/** Up to two initials: first letters of the first and last word ("Anna Maria Nowak" → "AN"); emails use the local part. */
export function initialsFor(name: string): string {
  const base = name.includes("@") && !name.trim().includes(" ") ? (name.split("@")[0] ?? "") : name;
  const words = base
    .split(/[\s._-]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
  if (words.length === 0) return "?";
  const first = Array.from(words[0] ?? "")[0] ?? "";
  const last = words.length > 1 ? (Array.from(words[words.length - 1] ?? "")[0] ?? "") : "";
  return (first + last).toLocaleUpperCase("pl");
}

/** The same seed (a user id or email) always gets the same colour, on server and client alike. */
export function avatarColorFor(seed: string): string {
  // FNV-1a: tiny, stable across runtimes, spreads short strings well.
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return AVATAR_COLORS[(hash >>> 0) % AVATAR_COLORS.length] ?? AVATAR_COLORS[0];
}
