import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { needsSetup } from "@/lib/account/mutations";

export default async function Home() {
  if (await getCurrentUser()) redirect("/dashboard");
  redirect((await needsSetup()) ? "/setup" : "/sign-in");
}
