// One labelled <select> of a list's filter form (GET form: the value travels in the URL), with an
// "all" option first. Shared by the meetings, documents, decisions and actions filters.
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";

type Props = {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  allLabel: string;
  /** The value that means "no filter" ("" unless the list needs an explicit "all"). */
  allValue?: string;
  options: { value: string; label: string }[];
  className?: string;
};

export function FilterSelect({ id, name, label, defaultValue, allLabel, allValue = "", options, className }: Props) {
  return (
    <div className={className ?? "flex flex-col gap-1.5"}>
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} name={name} defaultValue={defaultValue}>
        <option value={allValue}>{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
