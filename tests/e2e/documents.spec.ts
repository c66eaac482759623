import { expect, test, type Browser, type Page } from "@playwright/test";
import JSZip from "jszip";
import { DocumentPage } from "./pages/document-page";
import { demo, SignInPage } from "./pages/sign-in-page";

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "pl-PL", timezoneId: "Europe/Warsaw" });
  const page = await context.newPage();
  await new SignInPage(page).signIn(email);
  return page;
}

test("two institutions co-edit the minutes live, offline edits survive a reload, a reviewer comments, a version is restored, the DOCX holds the text", async ({ browser }) => {
  test.setTimeout(300_000);
  // The coordinator (UMWŚ) creates the minutes of the next meeting from the template.
  const anna = await signedInPage(browser, demo.coordinator);
  await anna.goto("/meetings");
  await anna.getByRole("link", { name: /projekt strategii wsparcia/ }).first().click();
  await anna.getByRole("button", { name: "Utwórz protokół" }).click();
  await expect(anna).toHaveURL(/\/documents\/[a-z0-9]{20,}$/, { timeout: 30_000 });
  const documentUrl = anna.url();
  const documentId = documentUrl.split("/").pop()!;
  const annaDoc = new DocumentPage(anna);
  await annaDoc.waitSaved();
  await expect(annaDoc.editor).toContainText("Przegląd otwartych działań");

  // A member from another institution (WUP) opens the same minutes; both type at once.
  const kasia = await signedInPage(browser, demo.member);
  await kasia.goto(documentUrl);
  const kasiaDoc = new DocumentPage(kasia);
  await kasiaDoc.waitSaved();
  // Each writes their own paragraph while the other is connected and sees it arrive live.
  await annaDoc.typeParagraph("Wnioski UMWŚ: strategia do konsultacji.");
  await expect(kasiaDoc.editor).toContainText("Wnioski UMWŚ: strategia do konsultacji.");
  await kasiaDoc.typeParagraph("Uwagi WUP: punkt kontaktowy od stycznia.");
  await expect(annaDoc.editor).toContainText("Uwagi WUP: punkt kontaktowy od stycznia.");
  await expect(annaDoc.caretLabel("Katarzyna Lewandowska")).toBeVisible();
  await expect(kasiaDoc.caretLabel("Anna Kowalczyk")).toBeVisible();

  // WUP goes offline, types, reloads while still offline: the edit is kept on the device…
  await kasiaDoc.waitSaved();
  await kasia.context().setOffline(true);
  await expect(kasia.getByText("Offline — zmiany zachowane na tym urządzeniu").first()).toBeVisible();
  await kasiaDoc.typeParagraph("Dopisane bez sieci przez WUP.");
  await kasia.reload();
  await expect(kasiaDoc.editor).toContainText("Dopisane bez sieci przez WUP.");
  await expect(annaDoc.editor).not.toContainText("Dopisane bez sieci przez WUP.");
  // …and merges when the connection is back; both end identical.
  await kasia.context().setOffline(false);
  await expect(annaDoc.editor).toContainText("Dopisane bez sieci przez WUP.", { timeout: 60_000 });
  await kasiaDoc.waitSaved();
  await annaDoc.waitSaved();
  await expect.poll(async () => (await annaDoc.text()) === (await kasiaDoc.text())).toBe(true);

  // A reviewer (Politechnika) can comment but not edit.
  const ewa = await signedInPage(browser, "ewa.dabrowska@psk.example");
  await ewa.goto(documentUrl);
  const ewaDoc = new DocumentPage(ewa);
  await expect(ewaDoc.editor).toContainText("Dopisane bez sieci przez WUP.");
  await expect(ewaDoc.editor).toHaveAttribute("contenteditable", "false");
  await expect(ewa.getByRole("toolbar", { name: "Formatowanie" })).toHaveCount(0);
  await ewaDoc.select("punkt kontaktowy od stycznia");
  await ewa.keyboard.press("Control+Alt+M");
  await ewa.getByLabel("Treść komentarza").fill("Proszę dopisać, kto prowadzi punkt kontaktowy.");
  await ewa.getByRole("button", { name: "Dodaj komentarz" }).click();
  await expect(ewa.getByText("Proszę dopisać, kto prowadzi punkt kontaktowy.")).toBeVisible();
  await expect(anna.getByText("Proszę dopisać, kto prowadzi punkt kontaktowy.")).toBeVisible();
  const before = await ewaDoc.text();
  await ewaDoc.editor.click();
  await ewa.keyboard.type("próba edycji");
  await expect.poll(() => annaDoc.text()).not.toContain("próba edycji");
  expect(await ewaDoc.text()).toBe(before);
  await ewa.context().close();

  // A named version, a change after it, then the version restored: everyone sees it live.
  await anna.goto(`${documentUrl}/versions`);
  await anna.getByLabel("Nazwa wersji").fill("Po dyskusji");
  await anna.getByRole("button", { name: "Zapisz wersję" }).click();
  await expect(anna.getByRole("cell", { name: /Po dyskusji/ }).first()).toBeVisible();
  await kasiaDoc.typeParagraph("Zdanie dopisane po wersji.");
  await kasiaDoc.waitSaved();
  await anna.reload();
  await anna.getByRole("button", { name: "Przywróć wersję: Po dyskusji" }).click();
  await anna.getByRole("alertdialog").getByRole("button", { name: "Przywróć wersję" }).click();
  await expect(anna.getByText("Przywrócono wersję — wszyscy widzą już tę treść")).toBeVisible();
  await expect(kasiaDoc.editor).not.toContainText("Zdanie dopisane po wersji.");
  await expect(kasiaDoc.editor).toContainText("Dopisane bez sieci przez WUP.");

  // The Word export opens and holds the text.
  const response = await anna.request.get(`/api/documents/${documentId}/export?format=docx`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("officedocument.wordprocessingml");
  const zip = await JSZip.loadAsync(await response.body());
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("Wnioski UMWŚ: strategia do konsultacji.");
  expect(xml).toContain("Dopisane bez sieci przez WUP.");
  expect(xml).not.toContain("Zdanie dopisane po wersji.");
});
