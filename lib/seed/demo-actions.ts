// Agreed actions of the demo working group: most were agreed at the held plenary (three weeks
// before seeding), owned by several partner institutions, some overdue, some done, a few with
// progress notes and status changes since that meeting, so the list, the board, the reminders
// and the next meeting's "review of open actions" all have something real to show. Dates are
// placed relative to the seeding day. Written straight to the tables: seeding must not mail anyone.
import { addDays } from "date-fns";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActionPriority, ActionStatus } from "@/lib/generated/prisma/enums";
import { addDaysToDate, dateToDb, todayIn } from "@/lib/actions/due";

type Ids = { group: string; people: Map<string, string>; institutions: Map<string, string>; coordinator: string };

type DemoAction = {
  title: string;
  description?: string;
  owner: string;
  responsible?: string;
  deputy?: string;
  /** Due date in days from the seeding day. */
  due: number | null;
  priority?: ActionPriority;
  status: ActionStatus;
  blockedReason?: string;
  fromMeeting: boolean;
  /** Progress notes: days from seeding (negative = past), author e-mail, note, percent. */
  updates?: { day: number; by: string; note: string; percent?: number }[];
  /** Status changes after the held meeting: days from seeding, by whom, to what. */
  moves?: { day: number; by: string; to: ActionStatus; reason?: string }[];
};

const ANNA = "anna.kowalczyk@umws.example";

const demoActions: DemoAction[] = [
  {
    title: "Opracować ankietę dla osób, które mieszkały za granicą dłużej niż 6 miesięcy",
    description: "Kwestionariusz o przyczynach powrotu, wykształceniu, kwalifikacjach i planach zawodowych; wersja papierowa i elektroniczna.",
    owner: "psk",
    responsible: "ewa.dabrowska@psk.example",
    due: -14,
    status: "DONE",
    fromMeeting: true,
    updates: [{ day: -16, by: "ewa.dabrowska@psk.example", note: "Ankieta przetestowana na 12 osobach, poprawiono pytania o kwalifikacje. Wersja ostateczna przekazana partnerom.", percent: 100 }],
    moves: [{ day: -16, by: "ewa.dabrowska@psk.example", to: "DONE" }],
  },
  {
    title: "Przygotować analizę: dokąd wyjeżdżają migranci, ich wykształcenie i kwalifikacje",
    description: "Na podstawie wyników ankiety i danych WUP; wnioski do rozdziału 2 projektu strategii.",
    owner: "psk",
    responsible: "ewa.dabrowska@psk.example",
    due: 12,
    priority: "HIGH",
    status: "IN_PROGRESS",
    fromMeeting: true,
    updates: [
      { day: -12, by: "ewa.dabrowska@psk.example", note: "Zebrano 214 wypełnionych ankiet; trwa kodowanie odpowiedzi otwartych.", percent: 35 },
      { day: -3, by: "ewa.dabrowska@psk.example", note: "Gotowe zestawienia kierunków wyjazdów i poziomu wykształcenia; w przygotowaniu część o kwalifikacjach.", percent: 60 },
    ],
    moves: [{ day: -12, by: "ewa.dabrowska@psk.example", to: "IN_PROGRESS" }],
  },
  {
    title: "Uruchomić punkt kontaktowy dla migrantów powracających",
    description: "Dyżury doradcy zawodowego w siedzibie WUP (wtorki i czwartki), numer telefonu i adres e-mail punktu, informacja na stronie urzędu.",
    owner: "wup",
    responsible: "katarzyna.lewandowska@wup.example",
    due: 5,
    priority: "HIGH",
    status: "IN_PROGRESS",
    fromMeeting: true,
    updates: [{ day: -6, by: "katarzyna.lewandowska@wup.example", note: "Wyznaczono dwóch doradców; trwa przygotowanie pomieszczenia i materiałów informacyjnych.", percent: 40 }],
    moves: [{ day: -10, by: "katarzyna.lewandowska@wup.example", to: "IN_PROGRESS" }],
  },
  {
    title: "Przekazać zestawienie rejestracji osób powracających z zagranicy za 2012 r.",
    owner: "wup",
    responsible: "katarzyna.lewandowska@wup.example",
    due: -7,
    status: "DONE",
    fromMeeting: true,
    moves: [{ day: -9, by: "katarzyna.lewandowska@wup.example", to: "DONE" }],
  },
  {
    title: "Przygotować zakładkę dla migrantów powracających na regionalnym portalu",
    description: "Treści po polsku i angielsku: punkt kontaktowy, oferty pracy, szkolenia, uznawanie kwalifikacji.",
    owner: "umws",
    responsible: "tomasz.wojcik@umws.example",
    deputy: ANNA,
    due: -4,
    status: "OPEN",
    fromMeeting: true,
  },
  {
    title: "Zebrać od partnerów informacje o dotychczasowych formach wsparcia migrantów",
    description: "Krótka tabela: forma wsparcia, adresaci, liczba osób w 2011 r., źródło finansowania.",
    owner: "umk",
    responsible: "marek.szymanski@kielce.example",
    due: -9,
    status: "OPEN",
    fromMeeting: true,
  },
  {
    title: "Uzgodnić zasady kierowania osób powracających do wsparcia społecznego",
    owner: "rops",
    responsible: "magdalena.kaminska@rops.example",
    due: 2,
    status: "BLOCKED",
    blockedReason: "Czekamy na opinię prawną w sprawie przekazywania danych osobowych między instytucjami (RODO).",
    fromMeeting: true,
    moves: [{ day: -5, by: "magdalena.kaminska@rops.example", to: "BLOCKED", reason: "Czekamy na opinię prawną w sprawie przekazywania danych osobowych między instytucjami (RODO)." }],
  },
  {
    title: "Zaplanować cykl warsztatów dla pracodawców zatrudniających osoby powracające",
    owner: "sipih",
    responsible: "agnieszka.krawczyk@siph.example",
    due: 20,
    status: "OPEN",
    fromMeeting: true,
  },
  {
    title: "Przygotować ofertę szkoleń zawodowych dla osób powracających",
    owner: "zdz",
    responsible: "joanna.jankowska@zdz.example",
    due: 30,
    priority: "LOW",
    status: "OPEN",
    fromMeeting: true,
  },
  {
    title: "Projekt rozdziału strategii: wiedza migrantów a innowacyjność regionu",
    owner: "scitt",
    responsible: "pawel.mazur@scitt.example",
    due: 9,
    status: "IN_PROGRESS",
    fromMeeting: true,
    updates: [{ day: -2, by: "pawel.mazur@scitt.example", note: "Pierwsza wersja rozdziału przesłana do UMWŚ do wstępnych uwag.", percent: 50 }],
    moves: [{ day: -8, by: "pawel.mazur@scitt.example", to: "IN_PROGRESS" }],
  },
  {
    title: "Zorganizować spotkanie informacyjne dla młodzieży wracającej z zagranicy",
    owner: "ohp",
    responsible: "grzegorz.kozlowski@ohp.example",
    due: -2,
    status: "DONE",
    fromMeeting: false,
    moves: [{ day: -1, by: "grzegorz.kozlowski@ohp.example", to: "DONE" }],
  },
  {
    title: "Zestawić źródła finansowania działań na rzecz migrantów powracających",
    owner: "sbrr",
    responsible: "michal.piotrowski@sbrr.example",
    due: 1,
    status: "OPEN",
    fromMeeting: false,
  },
];

export async function seedDemoActions(tx: Tx, ids: Ids, now = new Date()): Promise<void> {
  const person = (email: string) => ids.people.get(email) ?? null;
  const inst = (key: string) => ids.institutions.get(key)!;
  // The held plenary written by seedDemoMeetings: the actions were agreed there.
  const held = await tx.meeting.findFirst({ where: { groupId: ids.group, status: "HELD" }, orderBy: { startsAt: "desc" } });
  const agreedAt = held ? (held.endedAt ?? held.endsAt) : addDays(now, -21);
  const today = todayIn(now);
  const at = (day: number) => {
    const d = addDays(now, day);
    // Keep "past" events before now and after the meeting, whatever time of day the seed runs.
    return d < agreedAt ? new Date(agreedAt.getTime() + 60_000) : d;
  };

  for (const [index, a] of demoActions.entries()) {
    const dueDate = a.due === null ? null : addDaysToDate(today, a.due);
    const lastDone = a.moves?.filter((m) => m.to === "DONE").at(-1);
    const latestPercent = a.updates?.filter((u) => u.percent !== undefined).at(-1)?.percent ?? null;
    const action = await tx.action.create({
      data: {
        groupId: ids.group,
        number: index + 1,
        title: a.title,
        description: a.description ?? null,
        ownerInstitutionId: inst(a.owner),
        responsibleUserId: a.responsible ? person(a.responsible) : null,
        deputyUserId: a.deputy ? person(a.deputy) : null,
        dueDate: dueDate ? dateToDb(dueDate) : null,
        priority: a.priority ?? "NORMAL",
        status: a.status,
        blockedReason: a.blockedReason ?? null,
        progressPercent: latestPercent,
        source: a.fromMeeting && held ? "MEETING" : "NONE",
        meetingId: a.fromMeeting && held ? held.id : null,
        createdById: ids.coordinator,
        completedAt: lastDone ? at(lastDone.day) : null,
        createdAt: agreedAt,
      },
    });
    const created: Record<string, [unknown, unknown]> = {
      created: [null, true],
      title: [null, a.title],
      ownerInstitutionId: [null, inst(a.owner)],
      ...(a.responsible ? { responsibleUserId: [null, person(a.responsible)] } : {}),
      ...(a.deputy ? { deputyUserId: [null, person(a.deputy)] } : {}),
      ...(dueDate ? { dueDate: [null, dueDate] } : {}),
      status: [null, "OPEN"],
    };
    await tx.actionChange.create({ data: { actionId: action.id, userId: ids.coordinator, changes: created as Prisma.InputJsonValue, createdAt: agreedAt } });
    let status: ActionStatus = "OPEN";
    for (const move of a.moves ?? []) {
      const changes: Record<string, [unknown, unknown]> = { status: [status, move.to] };
      if (move.reason) changes.blockedReason = [null, move.reason];
      await tx.actionChange.create({ data: { actionId: action.id, userId: person(move.by), changes: changes as Prisma.InputJsonValue, createdAt: at(move.day) } });
      status = move.to;
    }
    let percent: number | null = null;
    for (const u of a.updates ?? []) {
      const createdAt = at(u.day);
      await tx.actionUpdate.create({ data: { actionId: action.id, authorId: person(u.by), note: u.note, percent: u.percent ?? null, createdAt } });
      if (u.percent !== undefined && u.percent !== percent) {
        await tx.actionChange.create({
          data: { actionId: action.id, userId: person(u.by), changes: { progressPercent: [percent, u.percent] } as Prisma.InputJsonValue, createdAt },
        });
        percent = u.percent;
      }
    }
  }
}
