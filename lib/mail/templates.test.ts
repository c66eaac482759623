import { describe, expect, it } from "vitest";
import { escapeHtml, invitationMail, passwordResetMail } from "./templates";

const invitation = {
  inviterName: "Anna Nowak",
  groupName: "Reintegracja migrantów powrotnych",
  institutionName: "Wojewódzki Urząd Pracy w Kielcach",
  acceptUrl: "https://quorum.example.pl/invite/abc123?x=1&y=2",
  expiresAt: new Date("2026-05-20T10:00:00Z"),
};

describe("invitationMail", () => {
  it("renders Polish text with the group, inviter and link", () => {
    const mail = invitationMail({ locale: "pl", ...invitation });
    expect(mail.subject).toBe("Zaproszenie do grupy roboczej „Reintegracja migrantów powrotnych”");
    expect(mail.text).toContain(
      "Anna Nowak zaprasza do udziału w pracach grupy roboczej „Reintegracja migrantów powrotnych” w imieniu instytucji Wojewódzki Urząd Pracy w Kielcach.",
    );
    // Plain text carries the raw URL, unescaped.
    expect(mail.text).toContain("Przyjmij zaproszenie: https://quorum.example.pl/invite/abc123?x=1&y=2");
    // 10:00 UTC in May is 12:00 in Warsaw (CEST); month in the genitive, as Polish dates need.
    expect(mail.text).toContain("Zaproszenie jest ważne do 20 maja 2026, do godz. 12:00 (czasu polskiego).");
    expect(mail.html).toContain('<html lang="pl">');
    expect(mail.html).toContain('href="https://quorum.example.pl/invite/abc123?x=1&amp;y=2"');
    expect(mail.html).toContain(">Przyjmij zaproszenie</a>");
  });

  it("renders English text", () => {
    const mail = invitationMail({ locale: "en", ...invitation });
    expect(mail.subject).toBe("Invitation to the working group “Reintegracja migrantów powrotnych”");
    expect(mail.text).toContain("Anna Nowak has invited you to take part in the working group");
    expect(mail.text).toContain("The invitation is valid until 20 May 2026, 12:00 (Warsaw time).");
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain(">Accept invitation</a>");
  });

  it("escapes every interpolated value in the HTML part", () => {
    const evil = `<script>alert("x")</script> & 'co'`;
    const mail = invitationMail({
      locale: "pl",
      ...invitation,
      inviterName: evil,
      groupName: `<img src=x onerror=alert(1)>`,
      institutionName: `"><b>bold</b>`,
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).not.toContain("<b>");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;");
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // The text part is not HTML and keeps the name as typed.
    expect(mail.text).toContain(evil);
  });

  it("keeps the subject on one line when a name contains line breaks", () => {
    const mail = invitationMail({ locale: "en", ...invitation, groupName: "Group\r\nBcc: victim@example.com" });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it("refuses non-web links", () => {
    expect(() => invitationMail({ locale: "en", ...invitation, acceptUrl: "javascript:alert(1)" })).toThrow(
      /http\(s\)/,
    );
  });
});

describe("passwordResetMail", () => {
  const reset = { name: "Jan Kowalski", resetUrl: "https://quorum.example.pl/reset/tok", expiresAt: new Date("2026-01-15T09:05:00Z") };

  it("renders both locales", () => {
    const plMail = passwordResetMail({ locale: "pl", ...reset });
    expect(plMail.subject).toBe("Ustawienie nowego hasła w Quorum");
    expect(plMail.text.startsWith("Dzień dobry, Jan Kowalski,\n")).toBe(true);
    // Winter: UTC+1.
    expect(plMail.text).toContain("Link jest ważny do 15 stycznia 2026, do godz. 10:05 (czasu polskiego).");
    expect(plMail.html).toContain(">Ustaw nowe hasło</a>");

    const enMail = passwordResetMail({ locale: "en", ...reset });
    expect(enMail.subject).toBe("Set a new password in Quorum");
    expect(enMail.text.startsWith("Hello Jan Kowalski,\n")).toBe(true);
    expect(enMail.text).toContain("The link is valid until 15 January 2026, 10:05 (Warsaw time).");
  });

  it("escapes a malicious name", () => {
    const mail = passwordResetMail({ locale: "en", ...reset, name: `<a href="https://evil">x</a>` });
    expect(mail.html).not.toContain('<a href="https://evil">');
    expect(mail.html).toContain("Hello &lt;a href=&quot;https://evil&quot;&gt;x&lt;/a&gt;,");
  });

  it("shows Warsaw time across the spring DST change", () => {
    // 01:30 UTC on 29 March 2026 is just after clocks jumped from 02:00 to 03:00 in Warsaw.
    const after = passwordResetMail({ locale: "pl", ...reset, expiresAt: new Date("2026-03-29T01:30:00Z") });
    expect(after.text).toContain("29 marca 2026, do godz. 03:30");
    const before = passwordResetMail({ locale: "en", ...reset, expiresAt: new Date("2026-03-29T00:30:00Z") });
    expect(before.text).toContain("29 March 2026, 01:30");
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<>&"'`)).toBe("&lt;&gt;&amp;&quot;&#39;");
  });
});
