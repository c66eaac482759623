"use client";
import * as React from "react";
import { useTranslations } from "next-intl";
import { BookmarkPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { useServerAction } from "@/components/forms/use-server-action";
import { nameVersionAction } from "@/lib/documents/actions";
import { VERSION_NAME_MAX } from "@/lib/documents/schema";

/** "Save the current state as a version" — a name and one button. */
export function NameVersionForm({ documentId }: { documentId: string }) {
  const t = useTranslations("documents.versions");
  const [name, setName] = React.useState("");
  const { run, pending, fieldErrors } = useServerAction(nameVersionAction, {
    successMessage: t("named", { name: name.trim() }),
    onSuccess: () => setName(""),
  });
  return (
    <form
      className="flex flex-col gap-3 sm:flex-row sm:items-end"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void run({ documentId, name });
      }}
    >
      <FormField id="version-name" label={t("nameField")} required error={fieldErrors.name} className="sm:w-96">
        <Input name="name" value={name} onChange={(e) => setName(e.target.value)} maxLength={VERSION_NAME_MAX} placeholder={t("namePlaceholder")} autoComplete="off" />
      </FormField>
      <Button type="submit" disabled={pending} className="sm:mb-0">
        <BookmarkPlus aria-hidden="true" />
        {pending ? t("nameSaving") : t("nameSave")}
      </Button>
    </form>
  );
}
