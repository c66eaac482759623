import { describe, expect, it } from "vitest";
import { normaliseLinkUrl } from "@/components/documents/editor/link-url";

describe("normaliseLinkUrl", () => {
  it.each([
    ["https://www.umws.pl/rpo", "https://www.umws.pl/rpo"],
    ["wup.wroclaw.pl", "https://wup.wroclaw.pl/"],
    ["http://example.org/a?b=1", "http://example.org/a?b=1"],
    ["sekretariat@umws.pl", "mailto:sekretariat@umws.pl"],
    ["mailto:anna@umws.example", "mailto:anna@umws.example"],
  ])("%s → %s", (input, expected) => {
    expect(normaliseLinkUrl(input)).toBe(expected);
  });

  it.each(["", "   ", "javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://files.example.org", "not a url", "intranet"])("refuses %j", (input) => {
    expect(normaliseLinkUrl(input)).toBeNull();
  });
});
