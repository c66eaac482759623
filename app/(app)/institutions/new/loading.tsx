import { InstitutionFormSkeleton } from "@/components/institutions/institution-skeletons";

export default function Loading() {
  return <InstitutionFormSkeleton />;
}
