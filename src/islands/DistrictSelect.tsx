/** A select of Saxony's districts (official German names), shared by the finder and the roadmap. */
interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The first option: "still abroad" in the finder, "please choose" in the roadmap. */
  first: { value: string; label: string };
  districts: { id: string; name: string }[];
  /** Data attribute for tests and styles, e.g. `data-finder-place`. */
  dataAttribute?: string;
}

export default function DistrictSelect({ id, label, value, onChange, first, districts, dataAttribute }: Props) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} {...(dataAttribute ? { [dataAttribute]: '' } : {})}>
        <option value={first.value}>{first.label}</option>
        {districts.map((d) => (
          <option key={d.id} value={d.id} lang="de">
            {d.name}
          </option>
        ))}
      </select>
    </div>
  );
}
