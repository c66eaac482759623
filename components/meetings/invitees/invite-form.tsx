"use client";
// The coordinator's invite form: whole institutions (all their people in the group) and/or
// individual people; only those not invited yet are offered.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/forms/use-server-action";
import { inviteToMeetingAction } from "@/lib/meeting-invitations/actions";

type Props = {
  meetingId: string;
  isDraft: boolean;
  institutions: { id: string; name: string; people: number }[];
  people: { id: string; name: string; institutionName: string | null }[];
};

export function InviteForm({ meetingId, isDraft, institutions, people }: Props) {
  const t = useTranslations("meeting-invitations");
  const [institutionIds, setInstitutionIds] = useState<string[]>([]);
  const [userIds, setUserIds] = useState<string[]>([]);
  const { run, pending, formError } = useServerAction(inviteToMeetingAction, {
    successMessage: (data) => t("invite.sent", { count: data.invited }),
    onSuccess: () => {
      setInstitutionIds([]);
      setUserIds([]);
    },
  });
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);

  if (people.length === 0) return <p className="text-sm text-muted-foreground">{t("invite.nothingToInvite")}</p>;

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void run({ meetingId, institutionIds, userIds });
      }}
    >
      {isDraft ? <p className="text-sm text-muted-foreground">{t("invite.draftNote")}</p> : null}
      {institutions.length > 0 ? (
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{t("invite.institutions")}</legend>
          <ul className="max-h-64 space-y-1.5 overflow-y-auto pr-1">
            {institutions.map((i) => (
              <li key={i.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 shrink-0"
                    checked={institutionIds.includes(i.id)}
                    onChange={() => setInstitutionIds((l) => toggle(l, i.id))}
                  />
                  <span className="min-w-0 break-words">
                    {i.name} <span className="text-muted-foreground">({i.people})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <fieldset>
        <legend className="mb-2 text-sm font-medium">{t("invite.persons")}</legend>
        <ul className="max-h-64 space-y-1.5 overflow-y-auto pr-1">
          {people.map((p) => (
            <li key={p.id}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 shrink-0"
                  checked={userIds.includes(p.id)}
                  onChange={() => setUserIds((l) => toggle(l, p.id))}
                />
                <span className="min-w-0 break-words">
                  {p.name}
                  {p.institutionName ? <span className="block text-xs text-muted-foreground">{p.institutionName}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {formError && institutionIds.length + userIds.length === 0 ? <p className="text-sm text-destructive">{formError}</p> : null}
      <Button type="submit" disabled={pending || institutionIds.length + userIds.length === 0}>
        {t("invite.submit")}
      </Button>
    </form>
  );
}
