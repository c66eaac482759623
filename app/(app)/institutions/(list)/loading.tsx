import { InstitutionListSkeleton } from "@/components/institutions/institution-skeletons";

export default function Loading() {
  return <InstitutionListSkeleton />;
}
