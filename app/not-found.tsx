import { StatusPage } from "@/components/status/status-page";

export default function NotFound() {
  return <StatusPage kind="notFound" />;
}
