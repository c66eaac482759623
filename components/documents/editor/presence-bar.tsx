"use client";
// Who is in the document right now, from the provider's awareness: one avatar per person
// (several tabs of one person count once), in their institution's colour, with name and
// institution on hover/focus. Screen readers hear "X (institution) joined/left" politely.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { initialsFor } from "@/components/ui/avatar-identity";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { CONNECTION_LOST, type SocketProvider } from "@/lib/collab/client/socket-provider";

/** The "user" field of an awareness state. The server overwrites id and name with the account's. */
export type AwarenessUser = { id: string; name: string; color: string; institution: string | null };

export type PresentPerson = AwarenessUser & { self: boolean };

const VISIBLE_MAX = 6;
const FALLBACK_COLOR = "#475569";
/** After (re)connecting, the people already there arrive as "joined"; do not announce them. */
const QUIET_AFTER_SYNC_MS = 2_000;

function isAwarenessUser(value: unknown): value is AwarenessUser {
  const v = value as Partial<AwarenessUser> | null;
  return typeof v?.id === "string" && typeof v.name === "string";
}

/** Everyone in the awareness states, one entry per person, the current user first. */
export function readPresence(provider: SocketProvider, selfId: string): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const state of provider.awareness.getStates().values()) {
    const user = (state as { user?: unknown }).user;
    if (!isAwarenessUser(user) || people.has(user.id)) continue;
    const color = typeof user.color === "string" && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : FALLBACK_COLOR;
    const institution = typeof user.institution === "string" && user.institution ? user.institution : null;
    people.set(user.id, { id: user.id, name: user.name, color, institution, self: user.id === selfId });
  }
  return [...people.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name, "pl"));
}

function describe(person: AwarenessUser, t: ReturnType<typeof useTranslations<"editor">>): string {
  return person.institution ? t("presence.withInstitution", { name: person.name, institution: person.institution }) : person.name;
}

export function PresenceBar({ provider, selfId }: { provider: SocketProvider; selfId: string }) {
  const t = useTranslations("editor");
  const [people, setPeople] = useState<PresentPerson[]>(() => readPresence(provider, selfId));
  const [announcement, setAnnouncement] = useState("");

  useEffect(() => {
    let previous = new Map(readPresence(provider, selfId).map((p) => [p.id, p]));
    let quietUntil = Date.now() + QUIET_AFTER_SYNC_MS;
    const onSynced = () => {
      quietUntil = Date.now() + QUIET_AFTER_SYNC_MS;
    };
    const onChange = (_change: unknown, origin: unknown) => {
      const next = readPresence(provider, selfId);
      const nextById = new Map(next.map((p) => [p.id, p]));
      setPeople(next);
      const quiet = origin === CONNECTION_LOST || Date.now() < quietUntil;
      if (!quiet) {
        const messages: string[] = [];
        for (const [id, person] of nextById) if (!previous.has(id) && !person.self) messages.push(t("presence.joined", { person: describe(person, t) }));
        for (const [id, person] of previous) if (!nextById.has(id) && !person.self) messages.push(t("presence.left", { person: describe(person, t) }));
        if (messages.length > 0) setAnnouncement(messages.join(" "));
      }
      previous = nextById;
    };
    provider.awareness.on("change", onChange);
    provider.on("synced", onSynced);
    return () => {
      provider.awareness.off("change", onChange);
      provider.off("synced", onSynced);
    };
  }, [provider, selfId, t]);

  const visible = people.slice(0, VISIBLE_MAX);
  const hidden = people.slice(VISIBLE_MAX);

  return (
    <div className="flex min-w-0 items-center gap-2">
      <ul aria-label={t("presence.label")} className="flex items-center -space-x-1.5">
        {visible.map((person) => {
          const label = person.self ? t("presence.you", { name: describe(person, t) }) : describe(person, t);
          return (
            <li key={person.id} className="flex">
              <Tooltip>
                <TooltipTrigger asChild>
                  <span
                    tabIndex={0}
                    role="img"
                    aria-label={label}
                    className="inline-flex size-8 items-center justify-center rounded-full text-[0.6875rem] font-semibold tracking-wide text-white ring-2 ring-card select-none"
                    style={{ backgroundColor: person.color }}
                  >
                    {initialsFor(person.name)}
                  </span>
                </TooltipTrigger>
                <TooltipContent>{label}</TooltipContent>
              </Tooltip>
            </li>
          );
        })}
        {hidden.length > 0 && (
          <li className="flex">
            <Tooltip>
              <TooltipTrigger asChild>
                <span
                  tabIndex={0}
                  role="img"
                  aria-label={hidden.map((p) => describe(p, t)).join(", ")}
                  className="inline-flex size-8 items-center justify-center rounded-full bg-muted text-[0.6875rem] font-semibold text-muted-foreground ring-2 ring-card"
                >
                  {t("presence.more", { count: hidden.length })}
                </span>
              </TooltipTrigger>
              <TooltipContent>{hidden.map((p) => describe(p, t)).join(", ")}</TooltipContent>
            </Tooltip>
          </li>
        )}
      </ul>
      <span className="hidden text-xs text-muted-foreground sm:inline">{t("presence.count", { count: people.length })}</span>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
