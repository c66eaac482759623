import { InstitutionDetailSkeleton } from "@/components/institutions/institution-skeletons";

export default function Loading() {
  return <InstitutionDetailSkeleton />;
}
