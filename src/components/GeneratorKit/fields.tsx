/**
 * The generators' form fields: labelled text, select, choice and checkbox fields with their
 * hint, Your values and problem lines, and the buttons that add and remove list entries.
 * Everything the reader typed is rendered as text: nothing is ever inserted as HTML.
 */
import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/** For lists of rows with a key: changes the row with that key, leaves the others. */
export function patchRow<T extends {key: number}>(key: number, change: Partial<T>): (rows: T[]) => T[] {
  return (rows) => rows.map((row) => (row.key === key ? {...row, ...change} : row));
}

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** Why the text is refused. */
  problem?: string;
  optional?: boolean;
  /** The value shown comes from Your values. */
  fromYourValues?: boolean;
  inputMode?: 'text' | 'numeric';
  type?: 'text' | 'number';
  min?: number;
  max?: number;
  /** Words rather than an identifier: shown in the body font. */
  prose?: boolean;
  /** A list, one entry per line: a text area of this many rows instead of a one-line input. */
  rows?: number;
  className?: string;
}

/** The hint, Your values and problem lines under a field, and the IDs that describe it. */
function fieldNotes(id: string, {hint, stored, problem}: {hint?: ReactNode; stored?: boolean; problem?: string}) {
  const describedBy = [hint ? `${id}-hint` : null, stored ? `${id}-stored` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  const notes = (
    <>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {stored && (
        <p id={`${id}-stored`} className={styles.hint}>
          From Your values. Change it here for this generator only.
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className={styles.problem}>
          {problem}
        </p>
      )}
    </>
  );
  return {describedBy: describedBy || undefined, notes};
}

export function TextField({label, value, onChange, hint, problem, optional, fromYourValues, inputMode, type = 'text', min, max, prose, rows, className}: FieldProps): ReactNode {
  const id = useId();
  const {describedBy, notes} = fieldNotes(id, {hint, stored: fromYourValues, problem});
  const shared = {
    id,
    className: prose ? styles.prose : undefined,
    inputMode,
    autoComplete: 'off',
    spellCheck: prose ? undefined : false,
    value,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className={clsx(styles.field, className)}>
      <label htmlFor={id}>
        {label}
        {optional && <span className={styles.optional}> (optional)</span>}
      </label>
      {rows ? (
        <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} type={type} min={min} max={max} onChange={(event) => onChange(event.target.value)} />
      )}
      {notes}
    </div>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField({
  label,
  value,
  onChange,
  options,
  groups,
  hint,
  problem,
  className,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options?: readonly SelectOption[];
  groups?: ReadonlyArray<{label: string; options: readonly SelectOption[]}>;
  hint?: ReactNode;
  problem?: string;
  className?: string;
}): ReactNode {
  const id = useId();
  const {describedBy, notes} = fieldNotes(id, {hint, problem});
  const render = (option: SelectOption) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <div className={clsx(styles.field, className)}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}>
        {options?.map(render)}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map(render)}
          </optgroup>
        ))}
      </select>
      {notes}
    </div>
  );
}

export function ChoiceGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: ReadonlyArray<{value: T; label: string}>;
  value: T;
  onChange: (value: T) => void;
}): ReactNode {
  const name = useId();
  return (
    <fieldset className={styles.choices}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className={styles.choice}>
          <input type="radio" name={name} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

export function CheckboxField({label, checked, onChange, hint}: {label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: ReactNode}): ReactNode {
  const id = useId();
  return (
    <div className={styles.checkbox}>
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A small button that removes a list entry. */
export function RemoveButton({label, onClick}: {label: string; onClick: () => void}): ReactNode {
  return (
    <button type="button" className={clsx('button button--sm button--outline button--secondary', styles.remove)} onClick={onClick}>
      {label}
    </button>
  );
}

export function AddButton({label, onClick, disabled}: {label: string; onClick: () => void; disabled?: boolean}): ReactNode {
  return (
    <button type="button" className="button button--sm button--outline button--primary" onClick={onClick} disabled={disabled}>
      {label}
    </button>
  );
}
