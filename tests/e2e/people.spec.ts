import { expect, test } from "@playwright/test";
import { AppShell } from "./pages/app-shell";
import { AcceptInvitationPage, NewInvitationPage } from "./pages/invitation-pages";
import { OutboxPage } from "./pages/outbox-page";
import { demo, SignInPage } from "./pages/sign-in-page";

test("a coordinator invites a person through the outbox and they land signed in", async ({ page, browser }) => {
  const email = `joanna.nowicka.${Date.now()}@rops.example`;
  await new SignInPage(page).signIn(demo.coordinator);
  const invite = new NewInvitationPage(page);
  await invite.goto();
  await invite.invite({ name: "Joanna Nowicka", email, institution: "Regionalny Ośrodek Polityki Społecznej" });
  await expect(page.getByText(/Zaproszenie .*wysłane|wysłano/i).first()).toBeVisible();

  const link = await new OutboxPage(page).linkFromNewestMailTo(email, /\/invitation\//);

  // The invitee opens the link in their own browser, with no session.
  const invitee = await browser.newContext({ locale: "pl-PL", timezoneId: "Europe/Warsaw" });
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByText("Regionalna grupa robocza ds. reintegracji migrantów powracających").first()).toBeVisible();
  await new AcceptInvitationPage(inviteePage).accept("haslo-joanny-2026");
  await new AppShell(inviteePage).userMenu().click();
  await expect(inviteePage.getByRole("menu")).toContainText(email);
  await invitee.close();

  // The coordinator sees the invitation accepted and the person in the group.
  await page.goto("/people?q=Nowicka");
  await expect(page.getByRole("link", { name: "Joanna Nowicka" }).first()).toBeVisible();
});

test("an invitation with invalid input shows translated errors and creates nothing", async ({ page }) => {
  await new SignInPage(page).signIn(demo.coordinator);
  const invite = new NewInvitationPage(page);
  await invite.goto();
  await page.locator('input[name="email"]').fill("to-nie-jest-email");
  await page.getByRole("button", { name: "Wyślij zaproszenie" }).click();
  await expect(page.getByText("Wpisz poprawny adres e-mail, np. jan.kowalski@urzad.gov.pl.")).toBeVisible();
  await new OutboxPage(page).goto("to-nie-jest-email");
  await expect(page.getByRole("heading", { name: "Brak wiadomości pasujących do wyszukiwania." })).toBeVisible();
});
