import { StatusPage } from "@/components/status/status-page";

export default function Forbidden() {
  return <StatusPage kind="forbidden" />;
}
