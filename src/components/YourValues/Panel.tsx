import React, {useEffect, useId, useRef, useState, type ReactNode} from 'react';
import {clearYourValues, setYourValue, useYourValues} from '../../hooks/useYourValues';
import {PARTNER_ID_HINT} from '../../pal/partnerId';
import {FIELD_LABELS, VALUE_FIELDS, draftRepresents, placeholderOf, type ValueField} from '../../pal/yourValues';
import ValueInput from './ValueInput';
import styles from './styles.module.css';

type Texts = Record<ValueField, string>;
type Problems = Record<ValueField, string | null>;

const HINTS: Record<ValueField, ReactNode> = {
  partnerId: PARTNER_ID_HINT,
  tenantId: (
    <>
      The directory (tenant) ID, a GUID. <code>az account show --query tenantId -o tsv</code> prints it.
    </>
  ),
  clientId: 'The application (client) ID of the app registration or managed identity that signs in, a GUID.',
  subscriptionId: (
    <>
      A GUID. <code>az account show --query id -o tsv</code> prints the current one.
    </>
  ),
  repository: 'The GitHub repository your workflows run in, as owner/name, for example contoso/pal-pipelines.',
};

const mapFields = <T,>(make: (field: ValueField) => T): Record<ValueField, T> =>
  Object.fromEntries(VALUE_FIELDS.map((field) => [field, make(field)])) as Record<ValueField, T>;

interface Props {
  /** Called once the dialog has closed (Escape, the Close button). */
  onClosed: () => void;
}

/**
 * The Your values dialog: a native modal <dialog>, so it sits above the page (and the mobile
 * menu it may be opened from), focus stays inside and Escape closes it.
 */
export default function Panel({onClosed}: Props): ReactNode {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const firstFieldRef = useRef<HTMLInputElement>(null);
  const idPrefix = useId();
  const values = useYourValues();
  const [texts, setTexts] = useState<Texts>(() => mapFields((field) => values[field] ?? ''));
  const [problems, setProblems] = useState<Problems>(() => mapFields(() => null));
  const [status, setStatus] = useState('');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    firstFieldRef.current?.focus();
  }, []);

  // Values changed elsewhere (another tab, the PAL widget): show them, unless the text already stands for them.
  const textsRef = useRef(texts);
  textsRef.current = texts;
  useEffect(() => {
    const current = textsRef.current;
    const stale = VALUE_FIELDS.filter((field) => !draftRepresents(field, current[field], values[field]));
    if (stale.length === 0) return;
    setTexts({...current, ...Object.fromEntries(stale.map((field) => [field, values[field] ?? '']))});
    setProblems((shown) => ({...shown, ...Object.fromEntries(stale.map((field) => [field, null]))}));
  }, [values]);

  const change = (field: ValueField, text: string) => {
    setStatus('');
    setTexts((current) => ({...current, [field]: text}));
    const check = setYourValue(field, text);
    setProblems((current) => ({
      ...current,
      [field]: check.ok ? null : `${check.problem} Not applied: snippets keep ${placeholderOf(field)}.`,
    }));
  };

  const clear = () => {
    clearYourValues();
    setTexts(mapFields(() => ''));
    setProblems(mapFields(() => null));
    setStatus('Values cleared: snippets show the placeholders again.');
  };

  const titleId = `${idPrefix}-title`;
  return (
    <dialog ref={dialogRef} className={styles.dialog} aria-labelledby={titleId} onClose={onClosed}>
      <h2 id={titleId} className={styles.title}>
        Your values
      </h2>
      <p className={styles.intro}>
        Type your own IDs and every code snippet on this site shows them in place of placeholders such as{' '}
        <code>&lt;tenantId&gt;</code>. The copy button copies the filled-in snippet.
      </p>
      <div className={styles.notes}>
        <p>
          <strong>Identifiers, not secrets.</strong> These values are kept in this browser only (in its local storage) so they
          survive a reload, and are never sent anywhere.
        </p>
        <p>
          There is deliberately no field for a client secret, certificate or password: never paste a secret into a web page.
          Snippets that need one read it from a variable or a secret store.
        </p>
      </div>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          // Values apply as they are typed; Enter has nothing more to do.
          event.preventDefault();
        }}>
        {VALUE_FIELDS.map((field, index) => (
          <ValueInput
            key={field}
            id={`${idPrefix}-${field}`}
            label={FIELD_LABELS[field]}
            hint={HINTS[field]}
            value={texts[field]}
            problem={problems[field]}
            applied={!!values[field] && !problems[field]}
            inputMode={field === 'partnerId' ? 'numeric' : 'text'}
            inputRef={index === 0 ? firstFieldRef : undefined}
            onChange={(text) => change(field, text)}
          />
        ))}
      </form>
      <p role="status" className={styles.status}>
        {status}
      </p>
      <div className={styles.buttons}>
        <button type="button" className="button button--secondary" onClick={clear}>
          Clear values
        </button>
        <button type="button" className="button button--primary" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
