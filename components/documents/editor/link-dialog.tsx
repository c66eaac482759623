"use client";
// Adds, changes or removes the link on the selection. Only web and e-mail addresses.
import { useState, type FormEvent } from "react";
import type { Editor } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { normaliseLinkUrl } from "@/components/documents/editor/link-url";

export function LinkDialog({ editor, open, onOpenChange }: { editor: Editor; open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("editor.link");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        onCloseAutoFocus={(event) => {
          // Back to the text, where the person was writing.
          event.preventDefault();
          editor.commands.focus();
        }}
      >
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        {/* Mounted per opening, so the field starts from the link under the cursor. */}
        {open && <LinkForm editor={editor} onDone={() => onOpenChange(false)} />}
      </DialogContent>
    </Dialog>
  );
}

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const t = useTranslations("editor.link");
  const existing = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const href = normaliseLinkUrl(value);
    if (!href) {
      setError(t("invalid"));
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: value.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.setLink({ href }).run();
    }
    onDone();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onDone();
  };

  return (
    <form onSubmit={submit} className="grid gap-4" noValidate>
      <div className="grid gap-1.5">
        <Label htmlFor="document-link-url">{t("url")}</Label>
        {error && (
          <p id="document-link-url-error" className="text-sm text-destructive">
            {error}
          </p>
        )}
        <Input
          id="document-link-url"
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://"
          autoFocus
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "document-link-url-error" : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setError(null);
          }}
        />
      </div>
      <DialogFooter>
        {existing && (
          <Button type="button" variant="ghost" className="sm:mr-auto" onClick={remove}>
            {t("remove")}
          </Button>
        )}
        <Button type="button" variant="outline" onClick={onDone}>
          {t("cancel")}
        </Button>
        <Button type="submit">{t("save")}</Button>
      </DialogFooter>
    </form>
  );
}
