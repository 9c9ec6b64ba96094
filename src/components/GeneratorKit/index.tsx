/**
 * Building blocks of the file generators: labelled fields, choice groups, the Your values
 * defaults, and the output (files in code blocks with Copy and Download, warnings and notes).
 * Everything the reader typed is rendered as text: nothing is ever inserted as HTML.
 */
import React, {useId, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import CodeBlock from '@theme/CodeBlock';
import '@site/src/codeHighlighting/highlighter'; // its code blocks are highlighted before the page hydrates
import {useYourValues} from '../../hooks/useYourValues';
import type {ValueField} from '../../pal/yourValues';
import type {GeneratedFile, GeneratorResult} from '../../pal/generators/common';
import {downloadText} from '../../browser/download';
import styles from './styles.module.css';

/**
 * A field that holds one of the reader's values: it shows the stored value (from the Your
 * values panel) until the reader types something else here, which then applies to this
 * generator only.
 */
export function useStoredDefault(field: ValueField): [string, (text: string) => void, boolean] {
  const values = useYourValues();
  const [override, setOverride] = useState<string | null>(null);
  return [override ?? values[field] ?? '', setOverride, override === null && Boolean(values[field])];
}

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

export function TextField({label, value, onChange, hint, problem, optional, fromYourValues, inputMode, type = 'text', min, max, prose, className}: FieldProps): ReactNode {
  const id = useId();
  const {describedBy, notes} = fieldNotes(id, {hint, stored: fromYourValues, problem});
  return (
    <div className={clsx(styles.field, className)}>
      <label htmlFor={id}>
        {label}
        {optional && <span className={styles.optional}> (optional)</span>}
      </label>
      <input
        id={id}
        className={prose ? styles.prose : undefined}
        type={type}
        inputMode={inputMode}
        min={min}
        max={max}
        autoComplete="off"
        spellCheck={prose ? undefined : false}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
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

/** The frame of a generator: a labelled region with the form and the output. */
export function GeneratorFrame({label, children}: {label: string; children: ReactNode}): ReactNode {
  return (
    <section className={styles.generator} aria-label={label}>
      {children}
    </section>
  );
}

function FileView({file, onStatus}: {file: GeneratedFile; onStatus: (text: string) => void}): ReactNode {
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(file.content);
      onStatus(`Copied ${file.path} to the clipboard.`);
    } catch {
      onStatus(`Could not copy ${file.path}: select the code and copy it by hand, or use Download.`);
    }
  };
  const download = () => {
    downloadText(file.fileName, file.mimeType, file.content);
    onStatus(`Downloaded ${file.path} as ${file.fileName}.`);
  };
  return (
    <div className={styles.file} data-generated-file={file.key}>
      <p id={`${id}-about`} className={styles.purpose}>
        <strong className={styles.path}>{file.path}</strong> {file.purpose}
      </p>
      <div className={styles.fileButtons}>
        <button type="button" className="button button--sm button--primary" aria-describedby={`${id}-about`} onClick={copy}>
          Copy
        </button>
        <button type="button" className="button button--sm button--secondary" aria-describedby={`${id}-about`} onClick={download}>
          Download
        </button>
      </div>
      <CodeBlock language={file.language} title={file.path}>
        {file.content}
      </CodeBlock>
    </div>
  );
}

/** Lists what still stops the files from being written, in the order of the form. */
function Pending<F extends string>({result, labelOf}: {result: GeneratorResult<F>; labelOf: (field: F) => string}): ReactNode {
  const missing = [...new Set(result.missing.map(labelOf))];
  const refused = [...new Set((Object.keys(result.problems) as F[]).map(labelOf))];
  return (
    <div className={styles.pending}>
      {missing.length > 0 && <p>To write the files, fill in: {missing.join(', ')}.</p>}
      {refused.length > 0 && <p>Correct the values marked above: {refused.join(', ')}.</p>}
    </div>
  );
}

export function GeneratorOutput<F extends string>({
  result,
  labelOf,
  extraWarnings = [],
}: {
  result: GeneratorResult<F>;
  labelOf: (field: F) => string;
  /** Warnings that hold whatever the other fields say (shown even before the files). */
  extraWarnings?: readonly string[];
}): ReactNode {
  const [status, setStatus] = useState('');
  const output = result.output;
  const warnings = output ? output.warnings : extraWarnings;
  return (
    <div className={styles.output}>
      {warnings.length > 0 && (
        <div className={clsx('alert alert--warning', styles.warnings)} role="alert">
          <p className={styles.warningsTitle}>
            <strong>Check before you use these files</strong>
          </p>
          <ul>
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      )}
      {output ? (
        <>
          {output.files.map((file) => (
            <FileView key={file.key} file={file} onStatus={setStatus} />
          ))}
          {output.notes.length > 0 && (
            <div className={styles.notes}>
              <p>
                <strong>Good to know</strong>
              </p>
              <ul>
                {output.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      ) : (
        <Pending result={result} labelOf={labelOf} />
      )}
      <p role="status" className={styles.status}>
        {status}
      </p>
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

export {styles as generatorStyles};
