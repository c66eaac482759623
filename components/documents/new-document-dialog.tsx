"use client";
import * as React from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FilePlus2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { useServerAction } from "@/components/forms/use-server-action";
import { createDocumentAction, createMinutesAction } from "@/lib/documents/actions";
import { DOCUMENT_TITLE_MAX } from "@/lib/documents/schema";

export type MeetingChoice = { id: string; label: string; hasMinutes: boolean };
export type InstitutionChoice = { id: string; name: string; shortName: string };

type Kind = "STRATEGY" | "OTHER" | "MINUTES";

type Props = {
  groupId: string;
  groupName: string;
  meetings: MeetingChoice[];
  institutions: InstitutionChoice[];
  defaultOwnerId: string | null;
  /** Opens with this kind and meeting chosen (e.g. from a meeting's page). */
  initialKind?: Kind;
};

/** Strategy and other documents get a title; minutes are made from their meeting's template. */
export function NewDocumentDialog({ groupId, groupName, meetings, institutions, defaultOwnerId, initialKind = "STRATEGY" }: Props) {
  const t = useTranslations("documents.newDialog");
  const tk = useTranslations("documents.kinds");
  const tv = useTranslations("validation");
  const router = useRouter();
  const [open, setOpen] = React.useState(false);
  const [kind, setKind] = React.useState<Kind>(initialKind);
  const [localErrors, setLocalErrors] = React.useState<Record<string, string>>({});
  const formRef = React.useRef<HTMLFormElement>(null);
  const create = useServerAction(createDocumentAction, {
    successMessage: t("created"),
    onSuccess: (d) => router.push(`/documents/${d.id}`),
    refresh: false,
  });
  const minutes = useServerAction(createMinutesAction, {
    successMessage: (d) => (d.created ? t("minutesCreated") : t("minutesOpened")),
    onSuccess: (d) => router.push(`/documents/${d.id}`),
    refresh: false,
  });
  const pending = create.pending || minutes.pending;
  const fieldErrors = { ...(kind === "MINUTES" ? minutes.fieldErrors : create.fieldErrors), ...localErrors };

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const meetingId = String(form.get("meetingId") ?? "");
    setLocalErrors({});
    let ok: boolean;
    if (kind === "MINUTES") {
      if (!meetingId) {
        setLocalErrors({ meetingId: tv("required") });
        formRef.current?.querySelector<HTMLElement>("#new-document-meeting")?.focus();
        return;
      }
      ok = (await minutes.run({ meetingId })).ok;
    } else {
      ok = (
        await create.run({
          groupId,
          kind,
          title: String(form.get("title") ?? ""),
          meetingId,
          ownerInstitutionId: String(form.get("ownerInstitutionId") ?? ""),
        })
      ).ok;
    }
    if (!ok) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }

  return (
    <Dialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <DialogTrigger asChild>
        <Button>
          <FilePlus2 aria-hidden="true" />
          {t("title")}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-xl">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description", { group: groupName })}</DialogDescription>
        </DialogHeader>
        <form ref={formRef} onSubmit={submit} className="grid gap-4" noValidate>
          <FormField id="new-document-kind" label={t("fieldKind")} required>
            <NativeSelect name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
              {(["STRATEGY", "OTHER", "MINUTES"] as const).map((k) => (
                <option key={k} value={k}>
                  {tk(k)}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          {kind === "MINUTES" ? (
            <p className="rounded-md border border-info-soft-foreground/15 bg-info-soft p-3 text-sm text-info-soft-foreground">{t("minutesHint")}</p>
          ) : (
            <FormField id="new-document-title" label={t("fieldTitle")} required error={fieldErrors.title}>
              <Input name="title" maxLength={DOCUMENT_TITLE_MAX} autoComplete="off" placeholder={t("titlePlaceholder")} />
            </FormField>
          )}
          <FormField
            id="new-document-meeting"
            label={t("fieldMeeting")}
            description={kind === "MINUTES" ? t("meetingForMinutes") : t("meetingOptional")}
            required={kind === "MINUTES"}
            error={fieldErrors.meetingId}
          >
            <NativeSelect name="meetingId" defaultValue="">
              <option value="">{kind === "MINUTES" ? t("meetingChoose") : t("meetingNone")}</option>
              {meetings.map((m) => (
                <option key={m.id} value={m.id}>
                  {kind === "MINUTES" && m.hasMinutes ? `${m.label} (${t("minutesExists")})` : m.label}
                </option>
              ))}
            </NativeSelect>
          </FormField>
          {kind !== "MINUTES" ? (
            <FormField id="new-document-owner" label={t("fieldOwner")} error={fieldErrors.ownerInstitutionId}>
              <NativeSelect name="ownerInstitutionId" defaultValue={defaultOwnerId ?? ""}>
                <option value="">{t("ownerNone")}</option>
                {institutions.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.shortName} — {i.name}
                  </option>
                ))}
              </NativeSelect>
            </FormField>
          ) : null}
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)} disabled={pending}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? t("creating") : t("create")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
