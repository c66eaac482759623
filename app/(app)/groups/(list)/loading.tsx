import { Skeleton } from "@/components/ui/skeleton";

export default function GroupsLoading() {
  return (
    <div aria-busy="true">
      <Skeleton className="mb-2 h-8 w-64" />
      <Skeleton className="mb-8 h-5 w-96 max-w-full" />
      <div className="mb-5 flex flex-wrap gap-2">
        <Skeleton className="h-10 w-72 max-w-full" />
        <Skeleton className="h-10 w-40" />
        <Skeleton className="h-10 w-44" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-52 rounded-lg" />
        ))}
      </div>
    </div>
  );
}
