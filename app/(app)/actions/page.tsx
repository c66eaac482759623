import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SectionPlaceholder } from "@/components/app/section-placeholder";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sections.actions"))("title") };
}

export default function Page() {
  return <SectionPlaceholder section="actions" />;
}
