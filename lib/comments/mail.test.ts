import { describe, expect, it } from "vitest";
import { MAIL_EXCERPT_MAX, renderCommentMentionMail } from "@/lib/comments/mail";

const base = {
  recipientName: "Ewa Dąbrowska",
  authorName: "Anna Kowalczyk",
  authorInstitution: "UMWŚ",
  documentTitle: "Protokół z IV posiedzenia",
  groupName: "Reintegracja migrantów powracających",
  viaInstitution: null,
  body: "Proszę o opinię @Ewa Dąbrowska\ndo czwartku.",
  url: "https://quorum.example/documents/d1?thread=t1",
} as const;

describe("renderCommentMentionMail", () => {
  it("writes Polish by default, quoting the comment and linking to the thread", () => {
    const mail = renderCommentMentionMail({ ...base, locale: "pl" });
    expect(mail.subject).toBe("Anna Kowalczyk wspomina o Pani/Panu w dokumencie „Protokół z IV posiedzenia”");
    expect(mail.text).toContain("Dzień dobry, Ewa Dąbrowska,");
    expect(mail.text).toContain("Anna Kowalczyk (UMWŚ) wspomina o Pani/Panu w komentarzu do dokumentu „Protokół z IV posiedzenia”");
    expect(mail.text).toContain("> Proszę o opinię @Ewa Dąbrowska\n> do czwartku.");
    expect(mail.text).toContain("Otwórz komentarz: https://quorum.example/documents/d1?thread=t1");
  });

  it("names the institution when the mention was of the institution, in English", () => {
    const mail = renderCommentMentionMail({ ...base, locale: "en", viaInstitution: "Politechnika Świętokrzyska" });
    expect(mail.subject).toBe("Anna Kowalczyk mentioned you in “Protokół z IV posiedzenia”");
    expect(mail.text).toContain("mentioned Politechnika Świętokrzyska in a comment");
  });

  it("cuts long comments and keeps the subject on one line", () => {
    const mail = renderCommentMentionMail({ ...base, locale: "pl", authorName: "Anna\nKowalczyk", body: "x".repeat(MAIL_EXCERPT_MAX * 2) });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.text).toContain(`> ${"x".repeat(MAIL_EXCERPT_MAX - 1)}…`);
    expect(mail.text).not.toContain("x".repeat(MAIL_EXCERPT_MAX + 1));
  });
});
