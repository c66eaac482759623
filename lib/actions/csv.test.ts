import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/actions/csv";

describe("CSV", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(csvCell("Punkt kontaktowy, etap 2")).toBe('"Punkt kontaktowy, etap 2"');
    expect(csvCell('Ankieta „Powroty” i "wyniki"')).toBe('"Ankieta „Powroty” i ""wyniki"""');
    expect(csvCell("linia 1\nlinia 2")).toBe('"linia 1\nlinia 2"');
    expect(csvCell("Zażółć gęślą jaźń")).toBe("Zażółć gęślą jaźń");
    expect(csvCell(null)).toBe("");
    expect(csvCell(12)).toBe("12");
    expect(csvCell(-3)).toBe("-3");
  });

  it("defuses cells a spreadsheet would run as formulas", () => {
    expect(csvCell('=HYPERLINK("http://evil.example","klik")')).toBe(`"'=HYPERLINK(""http://evil.example"",""klik"")"`);
    expect(csvCell("+48 41 123 45 67")).toBe("'+48 41 123 45 67");
    expect(csvCell("-")).toBe("'-");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("writes a BOM, CRLF line ends and one line per row", () => {
    const csv = toCsv(["Nr", "Tytuł"], [["#1", "Ankieta"], ["#2", "a,b"]]);
    expect(csv).toBe('\uFEFFNr,Tytuł\r\n#1,Ankieta\r\n#2,"a,b"\r\n');
  });
});
