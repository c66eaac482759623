"use client";
// Create and edit form of a group; field errors come back translated from the action.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import { useServerAction } from "@/components/forms/use-server-action";
import { createGroupAction, switchGroup, updateGroupAction } from "@/lib/groups/actions";
import {
  GROUP_DESCRIPTION_MAX,
  GROUP_FUNDING_MAX,
  GROUP_NAME_MAX,
  GROUP_PROGRAMME_MAX,
  groupKinds,
  type GroupFields,
} from "@/lib/groups/schema";

export type GroupFormValues = { [K in keyof GroupFields]: string };

const empty: GroupFormValues = { name: "", kind: "WORKING_GROUP", description: "", programme: "", funding: "", startDate: "", endDate: "" };

type Props =
  | { mode: "create"; onDone?: never; groupId?: never; initial?: never }
  | { mode: "edit"; groupId: string; initial: GroupFormValues; onDone: () => void };

export function GroupForm(props: Props) {
  const t = useTranslations("groups");
  const tc = useTranslations("common");
  const router = useRouter();
  const initial = props.initial ?? empty;

  const create = useServerAction(createGroupAction, {
    successMessage: t("form.created"),
    refresh: false,
    onSuccess: async ({ id }) => {
      // The new group becomes the one the user works in; its page is the next step.
      await switchGroup(id);
      router.push(`/groups/${id}`);
    },
  });
  const update = useServerAction(updateGroupAction, { successMessage: t("form.saved"), onSuccess: () => props.onDone?.() });
  const { pending, fieldErrors, formError } = props.mode === "create" ? create : update;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(Object.keys(empty).map((k) => [k, String(form.get(k) ?? "")])) as GroupFormValues;
    const input = { ...values, kind: values.kind as GroupFields["kind"] };
    if (props.mode === "create") void create.run(input);
    else void update.run({ ...input, groupId: props.groupId });
  }

  const idPrefix = props.mode === "create" ? "new-group" : `group-${props.groupId}`;
  const id = (field: string) => `${idPrefix}-${field}`;

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-5" aria-describedby={formError ? id("form-error") : undefined}>
      {formError && Object.keys(fieldErrors).length === 0 ? (
        <p id={id("form-error")} role="alert" className="rounded-md border border-destructive/30 bg-destructive-soft px-3 py-2 text-sm text-destructive-soft-foreground">
          {formError}
        </p>
      ) : null}
      <FormField id={id("name")} label={t("fields.name")} error={fieldErrors.name} required>
        <Input name="name" defaultValue={initial.name} maxLength={GROUP_NAME_MAX} autoComplete="off" />
      </FormField>
      <FormField id={id("kind")} label={t("fields.kind")} description={t("hints.kind")} error={fieldErrors.kind} required>
        <NativeSelect name="kind" defaultValue={initial.kind}>
          {groupKinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </NativeSelect>
      </FormField>
      <FormField id={id("programme")} label={t("fields.programme")} description={t("hints.programme")} error={fieldErrors.programme}>
        <Input name="programme" defaultValue={initial.programme} maxLength={GROUP_PROGRAMME_MAX} />
      </FormField>
      <FormField id={id("funding")} label={t("fields.funding")} description={t("hints.funding")} error={fieldErrors.funding}>
        <Input name="funding" defaultValue={initial.funding} maxLength={GROUP_FUNDING_MAX} />
      </FormField>
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField id={id("startDate")} label={t("fields.startDate")} error={fieldErrors.startDate}>
          <Input type="date" name="startDate" defaultValue={initial.startDate} />
        </FormField>
        <FormField id={id("endDate")} label={t("fields.endDate")} error={fieldErrors.endDate}>
          <Input type="date" name="endDate" defaultValue={initial.endDate} />
        </FormField>
      </div>
      <FormField id={id("description")} label={t("fields.description")} description={t("hints.description")} error={fieldErrors.description}>
        <Textarea name="description" defaultValue={initial.description} rows={6} maxLength={GROUP_DESCRIPTION_MAX} />
      </FormField>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? <Spinner className="text-current" label={t("form.saving")} /> : null}
          {props.mode === "create" ? t("form.create") : tc("save")}
        </Button>
        {props.mode === "edit" ? (
          <Button type="button" variant="outline" onClick={props.onDone} disabled={pending}>
            {tc("cancel")}
          </Button>
        ) : (
          <Button asChild variant="outline">
            <Link href="/groups">{tc("cancel")}</Link>
          </Button>
        )}
      </div>
    </form>
  );
}
