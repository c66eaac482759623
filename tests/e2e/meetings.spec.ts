import { expect, test, type Browser, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { demo, SignInPage } from "./pages/sign-in-page";
import { decodeHeader, mimeParts, waitForMail } from "./support/mail-inbox";

/** A date N days ahead as YYYY-MM-DD (the form's date input value). */
function daysAhead(n: number): string {
  const d = new Date(Date.now() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "pl-PL", timezoneId: "Europe/Warsaw" });
  const page = await context.newPage();
  await new SignInPage(page).signIn(email);
  return page;
}

test("find a date, schedule, agenda, start, attendance with quorum, calendar feed and cancellation", async ({ page, browser }) => {
  test.setTimeout(240_000);
  await new SignInPage(page).signIn(demo.coordinator);

  // The coordinator proposes three slots.
  await page.goto("/meetings/polls/new");
  await page.locator('input[name="title"]').fill("Posiedzenie plenarne — strategia wsparcia powracających");
  await page.getByRole("button", { name: "Dodaj termin" }).click();
  const dates = page.locator('ol input[type="date"]');
  const times = page.locator('ol input[type="time"]');
  await expect(dates).toHaveCount(3);
  for (let i = 0; i < 3; i++) {
    await dates.nth(i).fill(daysAhead(14 + i));
    await times.nth(2 * i).fill("10:00");
    await times.nth(2 * i + 1).fill("12:00");
  }
  await page.getByRole("button", { name: "Utwórz ankietę" }).click();
  await expect(page).toHaveURL(/\/meetings\/polls\/(?!new$)[a-z0-9]{20,}$/, { timeout: 30_000 });
  const pollUrl = page.url();

  // Two members of different institutions answer: both can make the second slot.
  for (const email of [demo.member, "magdalena.kaminska@rops.example"]) {
    const member = await signedInPage(browser, email);
    await member.goto(pollUrl);
    const yes = member.getByRole("radio", { name: "Tak", exact: true });
    await expect(yes).toHaveCount(3);
    await yes.nth(1).check();
    await expect(yes.nth(1)).toBeChecked();
    await member.getByRole("radio", { name: "Nie", exact: true }).nth(0).check();
    await expect(member.getByRole("radio", { name: "Nie", exact: true }).nth(0)).toBeChecked();
    await member.waitForLoadState("networkidle");
    await member.context().close();
  }

  // The coordinator schedules the best slot (preselected) and opens the meeting.
  await page.reload();
  await page.getByRole("button", { name: "Zaplanuj spotkanie" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Zaplanuj spotkanie" }).click();
  // Scheduling opens the new meeting.
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9]{20,}$/, { timeout: 30_000 });
  const meetingUrl = page.url();
  const meetingId = meetingUrl.split("/").pop()!;

  // Invitations to two whole institutions reach the test SMTP server with a valid .ics.
  await page.goto(`${meetingUrl}/invitees`);
  const institutions = page.getByRole("group", { name: "Instytucje" });
  await institutions.getByRole("checkbox", { name: /Urząd Marszałkowski Województwa Świętokrzyskiego/ }).check();
  await institutions.getByRole("checkbox", { name: /Wojewódzki Urząd Pracy w Kielcach/ }).check();
  await page.getByRole("button", { name: "Wyślij zaproszenia" }).click();
  await expect(page.getByText(/Zaproszono 3 osoby/)).toBeVisible();
  const member = "tomasz.wojcik@umws.example";
  const invitation = await waitForMail(member, /^Zaproszenie: Posiedzenie plenarne/);
  const calendarPart = mimeParts(invitation.raw).find((p) => /text\/calendar/i.test(p.headers["content-type"] ?? ""));
  expect(calendarPart?.headers["content-type"]).toMatch(/method=REQUEST/i);
  expect(decodeHeader(calendarPart?.headers["content-disposition"] ?? "")).toMatch(/filename="?spotkanie\.ics/);
  const calendar = new ICAL.Component(ICAL.parse(calendarPart!.body));
  expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  expect(event.uid).toBe(`${meetingId}@quorum`);
  expect(event.summary).toBe("Posiedzenie plenarne — strategia wsparcia powracających");
  // 10:00 in Warsaw on the second proposed day, whatever the offset that day.
  expect(event.startDate.toJSDate().toLocaleString("sv-SE", { timeZone: "Europe/Warsaw" })).toBe(`${daysAhead(15)} 10:00:00`);
  await waitForMail(demo.member, /^Zaproszenie: Posiedzenie plenarne/);

  // One invitee cannot come and names a colleague from the same institution instead.
  const invitee = await signedInPage(browser, member);
  await invitee.goto(`${meetingUrl}/invitees`);
  await invitee.getByRole("radio", { name: "Nie będę" }).check();
  await invitee.getByLabel("Zastępca (opcjonalnie)").selectOption({ label: "Anna Kowalczyk" });
  await invitee.getByRole("button", { name: "Zapisz odpowiedź" }).click();
  await expect(invitee.getByText("Odpowiedź zapisana")).toBeVisible();
  await invitee.context().close();
  await page.reload();
  const row = page.getByRole("listitem").filter({ hasText: "Tomasz Wójcik" });
  await expect(row.getByText("Nie będę")).toBeVisible();
  await expect(row.getByText("Zastępstwo: Anna Kowalczyk")).toBeVisible();

  // Agenda: one item after the automatic review of open actions.
  await page.goto(`${meetingUrl}/agenda`);
  await page.getByRole("button", { name: "Dodaj punkt" }).first().click();
  const dialog = page.getByRole("dialog");
  await dialog.locator('input[name="title"]').fill("Analiza: dokąd wyjeżdżają migranci");
  await dialog.locator('input[name="durationMinutes"]').fill("30");
  await dialog.getByRole("button", { name: "Zapisz" }).click();
  await expect(page.getByText("Analiza: dokąd wyjeżdżają migranci")).toBeVisible();
  await expect(page.getByText("Przegląd otwartych działań").first()).toBeVisible();

  // Start the meeting and mark six institutions present: half of 11 (rounded up) is a quorum.
  await page.goto(meetingUrl);
  await page.getByRole("button", { name: "Rozpocznij" }).click();
  await expect(page.getByText("W trakcie").first()).toBeVisible();
  await page.goto(`${meetingUrl}/attendance`);
  const present = ["Anna Kowalczyk", "Katarzyna Lewandowska", "Magdalena Kamińska", "Paweł Mazur", "Marek Szymański", "Agnieszka Krawczyk"];
  await expect(page.getByText(/Kworum: 0 z 11/)).toBeVisible();
  for (const name of present) {
    const row = page.getByRole("group", { name: `Obecność: ${name}` });
    await row.getByRole("radio", { name: "Obecny(-a)", exact: true }).check();
    await expect(row.getByRole("radio", { name: "Obecny(-a)", exact: true })).toBeChecked();
  }
  await expect(page.getByText(/Kworum: 6 z 11 instytucji \(wymagane 6\) — osiągnięte/)).toBeVisible();

  // The personal calendar feed lists the meeting; after cancellation it is cancelled with a higher SEQUENCE.
  await page.goto("/profile");
  await page.getByRole("button", { name: "Włącz kalendarz" }).click();
  const feedUrl = await page.locator("#calendar-feed-url").inputValue();
  const before = await (await page.request.get(feedUrl)).text();
  expect(before).toContain("SUMMARY:Posiedzenie plenarne — strategia wsparcia powracających");
  const block = (ics: string) => ics.split("BEGIN:VEVENT").find((e) => e.includes(`UID:${meetingId}@quorum`)) ?? "";
  const sequence = (ics: string) => Number(/SEQUENCE:(\d+)/.exec(block(ics))?.[1] ?? -1);
  expect(block(before)).not.toContain("STATUS:CANCELLED");

  // A second meeting, scheduled straight from the form, then cancelled: the feed keeps its UID,
  // marks it cancelled and raises its SEQUENCE so calendar clients update it.
  await page.goto("/meetings/new");
  await page.locator('input[name="title"]').fill("Warsztat dla pracodawców");
  await page.locator('input[name="startDate"]').fill(daysAhead(30));
  await page.locator('input[name="startTime"]').fill("09:00");
  await page.locator('input[name="endTime"]').fill("11:00");
  await page.locator('textarea[name="place"]').fill("Politechnika Świętokrzyska, al. Tysiąclecia Państwa Polskiego 7, Kielce");
  await page.getByRole("button", { name: "Utwórz spotkanie" }).click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9]{20,}$/, { timeout: 30_000 });
  const secondId = page.url().split("/").pop()!;
  if (await page.getByRole("button", { name: "Zaplanuj", exact: true }).count()) {
    await page.getByRole("button", { name: "Zaplanuj", exact: true }).click();
    await expect(page.getByText("Zaplanowane").first()).toBeVisible();
  }
  const second = (ics: string) => ics.split("BEGIN:VEVENT").find((e) => e.includes(`UID:${secondId}@quorum`)) ?? "";
  const scheduledFeed = await (await page.request.get(feedUrl)).text();
  expect(second(scheduledFeed)).toContain("SUMMARY:Warsztat dla pracodawców");
  const seqScheduled = Number(/SEQUENCE:(\d+)/.exec(second(scheduledFeed))?.[1]);

  await page.getByRole("button", { name: "Odwołaj spotkanie" }).click();
  await page.getByRole("dialog").or(page.getByRole("alertdialog")).locator('textarea[name="reason"]').fill("Brak kworum — nowy termin ustalimy w ankiecie.");
  await page.getByRole("dialog").or(page.getByRole("alertdialog")).getByRole("button", { name: "Odwołaj spotkanie" }).click();
  await expect(page.getByRole("button", { name: "Odwołaj spotkanie" })).toHaveCount(0);
  await expect(page.getByText("Brak kworum — nowy termin ustalimy w ankiecie.")).toBeVisible();

  const cancelledFeed = await (await page.request.get(feedUrl)).text();
  expect(second(cancelledFeed)).toContain("STATUS:CANCELLED");
  expect(Number(/SEQUENCE:(\d+)/.exec(second(cancelledFeed))?.[1])).toBeGreaterThan(seqScheduled);
  // The first meeting is still there, unchanged.
  expect(block(cancelledFeed)).toContain(`UID:${meetingId}@quorum`);
  expect(sequence(cancelledFeed)).toBe(sequence(before));
});
