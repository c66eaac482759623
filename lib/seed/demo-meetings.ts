// Meetings of the demo working group, placed relative to the day the demo is seeded so the
// dashboard always has a past meeting (held, with attendance), upcoming ones (with agenda and
// invitations) and a date poll being answered. Written straight to the tables: seeding must not
// mail anyone.
import { addDays } from "date-fns";
import { TZDate } from "@date-fns/tz";
import type { Tx } from "@/lib/db/client";
import { ACTIONS_REVIEW_MINUTES, ACTIONS_REVIEW_TITLE } from "@/lib/agenda/mutations";
import { zonedWallTimeToUtc } from "@/lib/meetings/time";

const ZONE = "Europe/Warsaw";
const PLACE_UMWS = "Urząd Marszałkowski Województwa Świętokrzyskiego, al. IX Wieków Kielc 3, sala 101, 25-516 Kielce";

/** The calendar day `days` from `now` in Warsaw, at a Warsaw wall time, as UTC. */
function warsaw(now: Date, days: number, time: string): Date {
  const day = addDays(new TZDate(now.getTime(), ZONE), days);
  const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, "0")}-${String(day.getDate()).padStart(2, "0")}`;
  return zonedWallTimeToUtc(date, time, ZONE).utc;
}

type Ids = { group: string; people: Map<string, string>; institutions: Map<string, string>; coordinator: string };

export async function seedDemoMeetings(tx: Tx, ids: Ids, now = new Date()): Promise<void> {
  const person = (email: string) => ids.people.get(email)!;
  const inst = (key: string) => ids.institutions.get(key)!;
  const members = [...ids.people.entries()];

  // A plenary meeting three weeks ago: held, with attendance by institution.
  const held = await tx.meeting.create({
    data: {
      groupId: ids.group,
      title: "Posiedzenie plenarne grupy roboczej — otwarcie prac nad strategią",
      kind: "PLENARY",
      status: "HELD",
      startsAt: warsaw(now, -21, "10:00"),
      endsAt: warsaw(now, -21, "12:30"),
      startedAt: warsaw(now, -21, "10:05"),
      endedAt: warsaw(now, -21, "12:20"),
      place: PLACE_UMWS,
      description: "Omówienie wyników ankiety wśród osób, które mieszkały za granicą dłużej niż 6 miesięcy, i harmonogramu prac nad strategią wsparcia migrantów powracających.",
      organiserInstitutionId: inst("umws"),
      createdById: ids.coordinator,
      sequence: 2,
    },
  });
  await tx.agendaItem.createMany({
    data: [
      { meetingId: held.id, position: 0, title: ACTIONS_REVIEW_TITLE, durationMinutes: ACTIONS_REVIEW_MINUTES, isActionsReview: true, status: "DONE" },
      { meetingId: held.id, position: 1, title: "Wyniki ankiety wśród migrantów powracających", durationMinutes: 40, presenterInstitutionId: inst("psk"), status: "DONE" },
      { meetingId: held.id, position: 2, title: "Harmonogram prac nad strategią", durationMinutes: 30, presenterUserId: ids.coordinator, status: "DONE" },
      { meetingId: held.id, position: 3, title: "Punkt kontaktowy dla migrantów — zasady działania", durationMinutes: 30, presenterInstitutionId: inst("wup"), status: "PLANNED" },
    ],
  });
  const absent = new Set(["joanna.jankowska@zdz.example", "michal.piotrowski@sbrr.example"]);
  const excused = new Set(["grzegorz.kozlowski@ohp.example"]);
  for (const [email, userId] of members) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { institutionId: true, memberships: { where: { groupId: ids.group }, select: { role: true } } } });
    if (user.memberships.length === 0) continue;
    await tx.meetingInvitee.create({
      data: { meetingId: held.id, userId, viaInstitutionId: user.institutionId, response: absent.has(email) ? "NOT_ATTENDING" : "ATTENDING", respondedAt: warsaw(now, -25, "09:00") },
    });
    await tx.attendance.create({
      data: {
        meetingId: held.id,
        userId,
        institutionId: user.institutionId,
        status: absent.has(email) ? "ABSENT" : excused.has(email) ? "EXCUSED" : "PRESENT",
        markedById: ids.coordinator,
      },
    });
  }

  // The next plenary in ten days: scheduled, agenda ready, invitations partly answered.
  const next = await tx.meeting.create({
    data: {
      groupId: ids.group,
      title: "Posiedzenie plenarne — projekt strategii wsparcia migrantów powracających",
      kind: "PLENARY",
      status: "SCHEDULED",
      startsAt: warsaw(now, 10, "10:00"),
      endsAt: warsaw(now, 10, "12:00"),
      place: PLACE_UMWS,
      onlineUrl: "https://meet.umws.example/grupa-robocza",
      description: "Dyskusja nad pierwszym projektem strategii oraz przegląd działań uzgodnionych na poprzednim posiedzeniu.",
      organiserInstitutionId: inst("umws"),
      createdById: ids.coordinator,
      sequence: 1,
    },
  });
  await tx.agendaItem.createMany({
    data: [
      { meetingId: next.id, position: 0, title: ACTIONS_REVIEW_TITLE, durationMinutes: ACTIONS_REVIEW_MINUTES, isActionsReview: true },
      { meetingId: next.id, position: 1, title: "Punkt kontaktowy dla migrantów — zasady działania", durationMinutes: 30, presenterInstitutionId: inst("wup") },
      {
        meetingId: next.id,
        position: 2,
        title: "Projekt strategii: bariery powrotu i narzędzia wsparcia",
        durationMinutes: 45,
        presenterUserId: ids.coordinator,
        description: "Rozdziały 2–4 projektu; uwagi partnerów zebrane do piątku przed posiedzeniem.",
        documentLinks: [{ title: "Analiza: dokąd wyjeżdżają migranci (PŚk)", url: "https://psk.example/analiza-migracje.pdf" }],
      },
      { meetingId: next.id, position: 3, title: "Szkolenia i warsztaty dla pracodawców — plan na kwartał", durationMinutes: 20, presenterInstitutionId: inst("sipih") },
      { meetingId: next.id, position: 4, title: "Sprawy różne", durationMinutes: 10 },
    ],
  });
  const answers: Record<string, "ATTENDING" | "NOT_ATTENDING" | "MAYBE"> = {
    "katarzyna.lewandowska@wup.example": "ATTENDING",
    "marek.szymanski@kielce.example": "ATTENDING",
    "ewa.dabrowska@psk.example": "MAYBE",
    "agnieszka.krawczyk@siph.example": "ATTENDING",
    "joanna.jankowska@zdz.example": "NOT_ATTENDING",
  };
  for (const [email, userId] of members) {
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { institutionId: true, memberships: { where: { groupId: ids.group }, select: { role: true } } } });
    if (user.memberships.length === 0 || user.memberships[0]!.role === "OBSERVER") continue;
    const response = answers[email];
    await tx.meetingInvitee.create({
      data: {
        meetingId: next.id,
        userId,
        viaInstitutionId: user.institutionId,
        response: response ?? "PENDING",
        respondedAt: response ? warsaw(now, -1, "14:00") : null,
      },
    });
  }

  // A workshop whose date is being found: three slots, several answers.
  const poll = await tx.datePoll.create({
    data: {
      groupId: ids.group,
      title: "Warsztat dla pracodawców: zatrudnianie osób powracających z zagranicy",
      description: "Warsztat prowadzony wspólnie ze Staropolską Izbą Przemysłowo-Handlową. Prosimy o zaznaczenie dogodnych terminów.",
      kind: "WORKSHOP",
      place: "Staropolska Izba Przemysłowo-Handlowa, ul. Sienkiewicza 53, Kielce",
      deadline: warsaw(now, 7, "23:59"),
      createdById: ids.coordinator,
      slots: {
        create: [
          { startsAt: warsaw(now, 24, "09:00"), endsAt: warsaw(now, 24, "13:00") },
          { startsAt: warsaw(now, 26, "10:00"), endsAt: warsaw(now, 26, "14:00") },
          { startsAt: warsaw(now, 31, "09:00"), endsAt: warsaw(now, 31, "13:00") },
        ],
      },
    },
    include: { slots: { orderBy: { startsAt: "asc" } } },
  });
  const votes: Record<string, ("YES" | "IF_NEED_BE" | "NO")[]> = {
    "katarzyna.lewandowska@wup.example": ["YES", "YES", "NO"],
    "agnieszka.krawczyk@siph.example": ["IF_NEED_BE", "YES", "YES"],
    "magdalena.kaminska@rops.example": ["NO", "YES", "IF_NEED_BE"],
    "tomasz.wojcik@umws.example": ["YES", "IF_NEED_BE", "YES"],
  };
  for (const [email, values] of Object.entries(votes)) {
    const userId = person(email);
    for (const [i, value] of values.entries()) {
      const slotId = poll.slots[i]!.id;
      await tx.datePollAnswer.create({ data: { slotId, userId, value } });
      await tx.datePollAnswerLog.create({ data: { pollId: poll.id, slotId, userId, value } });
    }
  }

  // A study visit next quarter, still a draft.
  await tx.meeting.create({
    data: {
      groupId: ids.group,
      title: "Wizyta studyjna: punkt kontaktowy dla migrantów w Łodzi",
      kind: "STUDY_VISIT",
      status: "DRAFT",
      startsAt: warsaw(now, 45, "08:00"),
      endsAt: warsaw(now, 45, "17:00"),
      place: "Wojewódzki Urząd Pracy w Łodzi, ul. Wólczańska 49, Łódź",
      organiserInstitutionId: inst("wup"),
      createdById: ids.coordinator,
    },
  });
}
