import { MAX_SEATS } from '../../contracts/organizations.ts';

/** The number-of-seats input of the create form, Manage seats and Subscribe, one way everywhere. */
export function SeatCountField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  describedBy?: string | undefined;
  className?: string;
}) {
  return (
    <div className={props.className ?? 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_SEATS}
        required
        aria-describedby={props.describedBy}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}
