import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";

/** Placeholder for the list while it loads: header, filters, then rows (cards on phones). */
export function InstitutionListSkeleton() {
  return (
    <div>
      <Spinner className="sr-only" />
      <div className="mb-8 flex flex-col gap-3 sm:flex-row sm:justify-between">
        <div className="space-y-2">
          <Skeleton className="h-8 w-48" />
          <Skeleton className="h-4 w-80 max-w-full" />
        </div>
        <Skeleton className="h-10 w-40" />
      </div>
      <Skeleton className="mb-3 h-10 w-full lg:max-w-xl" />
      <div className="mb-8 flex gap-3">
        <Skeleton className="h-10 w-56" />
        <Skeleton className="h-10 w-52" />
        <Skeleton className="h-10 w-24" />
      </div>
      <div className="hidden overflow-hidden rounded-lg border md:block">
        <Skeleton className="h-10 rounded-none" />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex items-center gap-4 border-t px-4 py-3">
            <Skeleton className="size-9" />
            <Skeleton className="h-4 flex-[3]" />
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="h-5 flex-1 rounded-full" />
            <Skeleton className="h-4 flex-[2]" />
            <Skeleton className="h-4 w-16" />
          </div>
        ))}
      </div>
      <div className="flex flex-col gap-3 md:hidden">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-32 w-full" />
        ))}
      </div>
    </div>
  );
}

export function InstitutionDetailSkeleton() {
  return (
    <div>
      <Spinner className="sr-only" />
      <Skeleton className="mb-4 h-4 w-48" />
      <div className="mb-8 flex items-center gap-3">
        <Skeleton className="size-16" />
        <div className="space-y-2">
          <Skeleton className="h-8 w-80 max-w-[60vw]" />
          <Skeleton className="h-4 w-32" />
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
        <div className="flex flex-col gap-6">
          <Skeleton className="h-56" />
          <Skeleton className="h-40" />
        </div>
        <Skeleton className="h-96" />
      </div>
    </div>
  );
}

export function InstitutionFormSkeleton() {
  return (
    <div className="max-w-3xl">
      <Spinner className="sr-only" />
      <Skeleton className="mb-4 h-4 w-48" />
      <Skeleton className="mb-8 h-8 w-64" />
      <div className="flex flex-col gap-6">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="space-y-2">
            <Skeleton className="h-4 w-32" />
            <Skeleton className="h-10 w-full" />
          </div>
        ))}
      </div>
    </div>
  );
}
