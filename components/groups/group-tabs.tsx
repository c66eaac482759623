"use client";
// Tabs of the group page. The chosen tab is mirrored into ?tab= so a reload or a shared
// link opens the same tab; all three panels are rendered on the server.
import { useTranslations } from "next-intl";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Badge } from "@/components/ui/badge";
import type { GroupTab } from "@/lib/groups/schema";


export function GroupTabs({
  initialTab,
  institutionCount,
  peopleCount,
  details,
  institutions,
  people,
}: {
  initialTab: GroupTab;
  institutionCount: number;
  peopleCount: number;
  details: React.ReactNode;
  institutions: React.ReactNode;
  people: React.ReactNode;
}) {
  const t = useTranslations("groups.tabs");
  function remember(value: string) {
    const url = new URL(window.location.href);
    if (value === "details") url.searchParams.delete("tab");
    else url.searchParams.set("tab", value);
    window.history.replaceState(window.history.state, "", url);
  }
  return (
    <Tabs defaultValue={initialTab} onValueChange={remember}>
      <TabsList aria-label={t("label")}>
        <TabsTrigger value="details">{t("details")}</TabsTrigger>
        <TabsTrigger value="institutions">
          {t("institutions")}
          <Badge variant="muted" className="tabular-nums">
            {institutionCount}
          </Badge>
        </TabsTrigger>
        <TabsTrigger value="people">
          {t("people")}
          <Badge variant="muted" className="tabular-nums">
            {peopleCount}
          </Badge>
        </TabsTrigger>
      </TabsList>
      <TabsContent value="details">{details}</TabsContent>
      <TabsContent value="institutions">{institutions}</TabsContent>
      <TabsContent value="people">{people}</TabsContent>
    </Tabs>
  );
}
