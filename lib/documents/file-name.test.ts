import { describe, expect, it } from "vitest";
import { asciiFileName, contentDisposition, unicodeFileName } from "@/lib/documents/file-name";

describe("download file names", () => {
  it("folds Polish letters into an ASCII fallback", () => {
    expect(asciiFileName("Protokół z posiedzenia „IV posiedzenie plenarne”", "docx")).toBe("protokol-z-posiedzenia-iv-posiedzenie-plenarne.docx");
    expect(asciiFileName("„”", "pdf")).toBe("dokument.pdf");
  });

  it("keeps the real title but no path or quote characters", () => {
    expect(unicodeFileName('Strategia 2030: "wersja" 1/2', "pdf")).toBe("Strategia 2030- -wersja- 1-2.pdf");
  });

  it("builds a header with both names and no raw quotes or non-ASCII", () => {
    const header = contentDisposition("Zażółć \"gęślą\" jaźń", "docx");
    expect(header).toBe(`attachment; filename="zazolc-gesla-jazn.docx"; filename*=UTF-8''Za%C5%BC%C3%B3%C5%82%C4%87%20-g%C4%99%C5%9Bl%C4%85-%20ja%C5%BA%C5%84.docx`);
    expect(/^[\x20-\x7e]*$/.test(header)).toBe(true);
  });
});
