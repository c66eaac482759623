"use client";
// The Details tab: the read-only view, swapped for the form when a coordinator edits.
import { useState } from "react";
import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { GroupForm, type GroupFormValues } from "@/components/groups/group-form";

export function EditableDetails({
  groupId,
  canEdit,
  initial,
  children,
}: {
  groupId: string;
  canEdit: boolean;
  initial: GroupFormValues;
  children: React.ReactNode;
}) {
  const t = useTranslations("groups");
  const [editing, setEditing] = useState(false);
  if (editing && canEdit) {
    return (
      <section aria-labelledby={`group-${groupId}-edit`}>
        <h2 id={`group-${groupId}-edit`} className="mb-4 text-lg font-semibold">
          {t("details.editTitle")}
        </h2>
        <GroupForm mode="edit" groupId={groupId} initial={initial} onDone={() => setEditing(false)} />
      </section>
    );
  }
  return (
    <section aria-labelledby={`group-${groupId}-details`}>
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h2 id={`group-${groupId}-details`} className="text-lg font-semibold">
          {t("details.title")}
        </h2>
        {canEdit ? (
          <Button variant="outline" size="sm" onClick={() => setEditing(true)}>
            <Pencil aria-hidden="true" />
            {t("details.edit")}
          </Button>
        ) : null}
      </div>
      {children}
    </section>
  );
}
