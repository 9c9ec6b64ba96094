import React, {type ReactNode, type Ref} from 'react';
import styles from './styles.module.css';

interface Props {
  id: string;
  label: string;
  hint: ReactNode;
  value: string;
  /** Why the text is refused; shown next to the field. */
  problem: string | null;
  /** The field's value is in the snippets. */
  applied: boolean;
  inputMode?: 'numeric' | 'text';
  inputRef?: Ref<HTMLInputElement>;
  onChange: (value: string) => void;
}

/** One labelled text field of the Your values panel, with its hint and, when refused, the reason. */
export default function ValueInput({id, label, hint, value, problem, applied, inputMode, inputRef, onChange}: Props): ReactNode {
  const describedBy = [`${id}-hint`, problem ? `${id}-problem` : applied ? `${id}-applied` : null].filter(Boolean).join(' ');
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      {problem ? (
        <p id={`${id}-problem`} className={styles.problem}>
          {problem}
        </p>
      ) : (
        applied && (
          <p id={`${id}-applied`} className={styles.applied}>
            Applied to the snippets on every page.
          </p>
        )
      )}
    </div>
  );
}
