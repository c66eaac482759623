import Link from "next/link";
import { getLocale } from "next-intl/server";
import { CalendarDays, CalendarPlus, Download, FileText, ListChecks, MoreHorizontal, Plus, Trash2, Users } from "lucide-react";
import { PreviewShell, RadixSelectDemo, ToastDemo } from "./preview-client";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Breadcrumbs, PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { SearchInput } from "@/components/ui/search-input";
import { Separator } from "@/components/ui/separator";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import {
  SortableHeader,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  type SortDirection,
} from "@/components/ui/table";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

const institutions = [
  { name: "Świętokrzyski Urząd Wojewódzki", short: "ŚUW", city: "Kielce", role: "partner", people: 3, active: true },
  { name: "Urząd Marszałkowski Województwa Świętokrzyskiego", short: "UMWŚ", city: "Kielce", role: "lead", people: 5, active: true },
  { name: "Wojewódzki Urząd Pracy w Kielcach", short: "WUP", city: "Kielce", role: "associated", people: 4, active: true },
  { name: "Urząd Miasta Kielce", short: "UMK", city: "Kielce", role: "partner", people: 2, active: true },
  { name: "Politechnika Świętokrzyska", short: "PŚk", city: "Kielce", role: "partner", people: 2, active: true },
  { name: "Regionalny Ośrodek Polityki Społecznej", short: "ROPS", city: "Kielce", role: "observer", people: 1, active: true },
  { name: "Staropolska Izba Przemysłowo-Handlowa", short: "SIPH", city: "Kielce", role: "observer", people: 1, active: false },
];

const roleBadge = {
  lead: { label: "Partner wiodący", variant: "default" },
  partner: { label: "Partner", variant: "info" },
  associated: { label: "Partner stowarzyszony", variant: "secondary" },
  observer: { label: "Obserwator", variant: "outline" },
} as const;

export default async function UiPreviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const locale = (await getLocale()) === "en" ? "en" : "pl";
  const sp = await searchParams;
  const sort = sp.sort ?? "name";
  const dir: SortDirection = sp.dir === "desc" ? "desc" : "asc";
  const rows = [...institutions].sort((a, b) => {
    const key = sort === "people" ? "people" : sort === "role" ? "role" : "name";
    const r = key === "people" ? a.people - b.people : String(a[key]).localeCompare(String(b[key]), "pl");
    return dir === "asc" ? r : -r;
  });
  const hrefFor = (column: string, d: SortDirection) => `/ui-preview?sort=${column}&dir=${d}`;

  return (
    <PreviewShell locale={locale}>
      <PageHeader
        breadcrumb={
          <Breadcrumbs
            label="Ścieżka nawigacji"
            items={[{ label: "Re-Turn", href: "/dashboard" }, { label: "Instytucje" }]}
          />
        }
        title="Instytucje partnerskie"
        meta={<Badge variant="success">Aktywna grupa</Badge>}
        description="Instytucje publiczne, uczelnie i organizacje uczestniczące w pracach regionalnej grupy roboczej ds. reintegracji migrantów powrotnych."
        actions={
          <>
            <Button variant="outline">
              <Download aria-hidden="true" />
              Eksportuj
            </Button>
            <Button>
              <Plus aria-hidden="true" />
              Dodaj instytucję
            </Button>
          </>
        }
      />

      <div className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {[
          { label: "Instytucje", value: "11", icon: Users, note: "7 aktywnych w tym kwartale" },
          { label: "Najbliższe spotkanie", value: "14 maja", icon: CalendarDays, note: "Kielce, ul. IX Wieków Kielc 3" },
          { label: "Otwarte działania", value: "23", icon: ListChecks, note: "4 po terminie" },
          { label: "Dokumenty", value: "58", icon: FileText, note: "3 dodane w tym tygodniu" },
        ].map((s) => (
          <Card key={s.label}>
            <CardContent className="flex items-start justify-between gap-4">
              <div>
                <p className="text-sm font-medium text-muted-foreground">{s.label}</p>
                <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{s.value}</p>
                <p className="mt-1 text-xs text-muted-foreground">{s.note}</p>
              </div>
              <span className="flex size-9 items-center justify-center rounded-md bg-secondary text-secondary-foreground">
                <s.icon aria-hidden="true" className="size-4" />
              </span>
            </CardContent>
          </Card>
        ))}
      </div>

      <section aria-labelledby="inst-heading" className="mb-10">
        <div className="mb-3 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <h2 id="inst-heading" className="text-lg font-semibold tracking-tight">
            Lista instytucji
          </h2>
          <form role="search" className="w-full sm:w-72">
            <SearchInput label="Szukaj instytucji" placeholder="Szukaj instytucji…" />
          </form>
        </div>
        <Table>
          <TableCaption>Członkowie grupy roboczej Re-Turn (stan na 9 maja 2012 r.)</TableCaption>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <SortableHeader label="Nazwa" column="name" currentSort={sort} currentDir={dir} hrefFor={hrefFor} />
              <SortableHeader label="Rola" column="role" currentSort={sort} currentDir={dir} hrefFor={hrefFor} />
              <TableHead className="hidden md:table-cell">Miasto</TableHead>
              <SortableHeader
                label="Osoby"
                column="people"
                currentSort={sort}
                currentDir={dir}
                hrefFor={hrefFor}
                className="text-right"
              />
              <TableHead>
                <span className="sr-only">Akcje</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.short}>
                <TableCell className="min-w-56">
                  <div className="flex items-center gap-3">
                    <Avatar name={r.short} seed={r.name} size="sm" className="rounded-md" />
                    <div className="min-w-0">
                      <Link href="/institutions" className="font-medium text-foreground hover:underline">
                        {r.name}
                      </Link>
                      <div className="text-xs text-muted-foreground">
                        {r.short}
                        {!r.active ? " · nieaktywna" : ""}
                      </div>
                    </div>
                  </div>
                </TableCell>
                <TableCell>
                  <Badge variant={roleBadge[r.role as keyof typeof roleBadge].variant}>
                    {roleBadge[r.role as keyof typeof roleBadge].label}
                  </Badge>
                </TableCell>
                <TableCell className="hidden text-muted-foreground md:table-cell">{r.city}</TableCell>
                <TableCell className="text-right tabular-nums">{r.people}</TableCell>
                <TableCell className="w-12 text-right">
                  <DropdownMenu>
                    <DropdownMenuTrigger asChild>
                      <Button variant="ghost" size="icon" className="size-8">
                        <MoreHorizontal aria-hidden="true" />
                        <span className="sr-only">Akcje: {r.name}</span>
                      </Button>
                    </DropdownMenuTrigger>
                    <DropdownMenuContent align="end">
                      <DropdownMenuItem>Edytuj</DropdownMenuItem>
                      <DropdownMenuItem>Zaproś osobę</DropdownMenuItem>
                      <DropdownMenuSeparator />
                      <DropdownMenuItem variant="destructive">
                        <Trash2 aria-hidden="true" />
                        Archiwizuj
                      </DropdownMenuItem>
                    </DropdownMenuContent>
                  </DropdownMenu>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Pagination page={2} pageCount={12} hrefFor={(p) => `/ui-preview?page=${p}`} />
      </section>

      <div className="mb-10 grid gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3">
          <CardHeader>
            <CardTitle>Nowe spotkanie</CardTitle>
            <CardDescription>Zaproszenia zostaną wysłane do wszystkich członków grupy.</CardDescription>
          </CardHeader>
          <CardContent>
            <form className="grid gap-5" noValidate>
              <FormField id="title" label="Tytuł spotkania" required error="Podaj tytuł spotkania.">
                {(p) => <Input {...p} name="title" />}
              </FormField>
              <div className="grid gap-5 sm:grid-cols-2">
                <FormField id="date" label="Data" required description="Czas środkowoeuropejski (Warszawa)">
                  <Input type="date" defaultValue="2012-05-09" />
                </FormField>
                <FormField id="place" label="Miejsce">
                  <NativeSelect defaultValue="umws">
                    <option value="umws">Urząd Marszałkowski, sala 212</option>
                    <option value="wup">WUP Kielce, sala konferencyjna</option>
                    <option value="online">Spotkanie online</option>
                  </NativeSelect>
                </FormField>
              </div>
              <FormField
                id="agenda"
                label="Porządek obrad"
                description="Każdy punkt w osobnej linii."
                error="Porządek obrad jest za długi (maks. 5000 znaków)."
              >
                <Textarea defaultValue={"1. Otwarcie spotkania\n2. Analiza kierunków migracji powrotnych\n3. Sprawy różne"} />
              </FormField>
              <FormField id="role" label="Rola w projekcie (Radix Select)">
                <RadixSelectDemo />
              </FormField>
              <FormField
                id="notify"
                layout="checkbox"
                label="Powiadom uczestników e-mailem"
                description="Wiadomość zawiera plik kalendarza .ics."
              >
                <Checkbox defaultChecked />
              </FormField>
              <FormField id="consent" layout="checkbox" label="Potwierdzam zgodność z RODO" required error="To pole jest wymagane.">
                <Checkbox />
              </FormField>
            </form>
          </CardContent>
          <CardFooter className="justify-end">
            <Button variant="ghost">Anuluj</Button>
            <Button>
              <CalendarPlus aria-hidden="true" />
              Zaplanuj spotkanie
            </Button>
          </CardFooter>
        </Card>

        <div className="grid content-start gap-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle>Przyciski i etykiety</CardTitle>
            </CardHeader>
            <CardContent className="space-y-4">
              <div className="flex flex-wrap gap-2">
                <Button>Domyślny</Button>
                <Button variant="secondary">Drugorzędny</Button>
                <Button variant="outline">Obrys</Button>
                <Button variant="ghost">Duch</Button>
                <Button variant="destructive">Usuń</Button>
                <Button variant="link">Link</Button>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <Button size="sm">Mały</Button>
                <Button size="lg">Duży</Button>
                <Button size="icon" variant="outline" aria-label="Dodaj">
                  <Plus aria-hidden="true" />
                </Button>
                <Button disabled>Wyłączony</Button>
              </div>
              <Separator />
              <div className="flex flex-wrap gap-2">
                <Badge>Domyślna</Badge>
                <Badge variant="secondary">Drugorzędna</Badge>
                <Badge variant="info">Zaplanowane</Badge>
                <Badge variant="success">Zrealizowane</Badge>
                <Badge variant="warning">Po terminie</Badge>
                <Badge variant="destructive">Odrzucone</Badge>
                <Badge variant="muted">Szkic</Badge>
                <Badge variant="outline">Obserwator</Badge>
              </div>
              <Separator />
              <div className="flex flex-wrap items-center gap-3">
                <Avatar name="Katarzyna Wiśniewska" />
                <Avatar name="Łukasz Żak" />
                <Avatar name="Piotr Nowak" />
                <Avatar name="anna.kowalczyk@wup.kielce.pl" />
                <Avatar name="Marek Zieliński" size="lg" />
                <Spinner />
                <Tooltip>
                  <TooltipTrigger asChild>
                    <Button variant="outline" size="sm">
                      Podpowiedź
                    </Button>
                  </TooltipTrigger>
                  <TooltipContent>Zapisano automatycznie o 14:32</TooltipContent>
                </Tooltip>
              </div>
              <ToastDemo />
              <div className="flex flex-wrap gap-2">
                <Dialog>
                  <DialogTrigger asChild>
                    <Button variant="secondary">Otwórz okno</Button>
                  </DialogTrigger>
                  <DialogContent>
                    <DialogHeader>
                      <DialogTitle>Zaproś osobę</DialogTitle>
                      <DialogDescription>Osoba otrzyma e-mail z linkiem ważnym 7 dni.</DialogDescription>
                    </DialogHeader>
                    <FormField id="invite-email" label="Adres e-mail" required>
                      <Input type="email" placeholder="imie.nazwisko@instytucja.pl" />
                    </FormField>
                    <DialogFooter>
                      <DialogClose asChild>
                        <Button variant="outline">Anuluj</Button>
                      </DialogClose>
                      <Button>Wyślij zaproszenie</Button>
                    </DialogFooter>
                  </DialogContent>
                </Dialog>
                <AlertDialog>
                  <AlertDialogTrigger asChild>
                    <Button variant="outline">Archiwizuj grupę</Button>
                  </AlertDialogTrigger>
                  <AlertDialogContent>
                    <AlertDialogHeader>
                      <AlertDialogTitle>Zarchiwizować grupę?</AlertDialogTitle>
                      <AlertDialogDescription>
                        Grupa stanie się tylko do odczytu. Protokoły i dokumenty pozostaną dostępne.
                      </AlertDialogDescription>
                    </AlertDialogHeader>
                    <AlertDialogFooter>
                      <AlertDialogCancel>Anuluj</AlertDialogCancel>
                      <AlertDialogAction>Archiwizuj</AlertDialogAction>
                    </AlertDialogFooter>
                  </AlertDialogContent>
                </AlertDialog>
              </div>
            </CardContent>
          </Card>

          <Card>
            <CardHeader>
              <CardTitle>Ładowanie</CardTitle>
            </CardHeader>
            <CardContent className="space-y-3">
              <Skeleton className="h-4 w-2/3" />
              <Skeleton className="h-4 w-full" />
              <Skeleton className="h-4 w-5/6" />
            </CardContent>
          </Card>
        </div>
      </div>

      <section aria-labelledby="tabs-heading" className="mb-10">
        <h2 id="tabs-heading" className="mb-3 text-lg font-semibold tracking-tight">
          Spotkanie 9 maja 2012
        </h2>
        <Tabs defaultValue="agenda">
          <TabsList>
            <TabsTrigger value="agenda">Porządek obrad</TabsTrigger>
            <TabsTrigger value="minutes">Protokół</TabsTrigger>
            <TabsTrigger value="actions">Działania</TabsTrigger>
            <TabsTrigger value="docs">Dokumenty</TabsTrigger>
          </TabsList>
          <TabsContent value="agenda">
            <p className="max-w-prose text-sm leading-relaxed text-muted-foreground">
              Jak wiedza i doświadczenie migrantów mogą zasilić innowacyjność regionu; usuwanie barier; strategia wsparcia
              migrantów powrotnych; przegląd dotychczasowych i koordynacja kolejnych działań.
            </p>
          </TabsContent>
          <TabsContent value="minutes">Protokół</TabsContent>
          <TabsContent value="actions">
            <EmptyState
              icon={ListChecks}
              headingLevel="h3"
              title="Brak działań"
              description="Działania uzgodnione na spotkaniu pojawią się tutaj."
            />
          </TabsContent>
          <TabsContent value="docs">Dokumenty</TabsContent>
        </Tabs>
      </section>

      <EmptyState
        icon={CalendarDays}
        title="Brak zaplanowanych spotkań"
        description="Zaplanuj pierwsze spotkanie grupy roboczej. Uczestnicy dostaną zaproszenie e-mailem."
        action={
          <Button>
            <CalendarPlus aria-hidden="true" />
            Zaplanuj spotkanie
          </Button>
        }
      />
    </PreviewShell>
  );
}
