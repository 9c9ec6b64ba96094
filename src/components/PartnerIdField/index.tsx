import React, {type ReactNode} from 'react';
import {frameStyles} from '../WidgetFrame';
import {PARTNER_ID_HINT} from '../../pal/partnerId';

interface Props {
  /** Prefix for the element IDs (the widget's ID). */
  idPrefix: string;
  value: string;
  /** Why the typed ID was refused, if it was. */
  problem: string | null;
  onChange: (value: string) => void;
  /** A sentence added after the Partner ID hint. */
  note?: string;
}

/** The "Partner ID" field of the widgets: the Partner ID hint always, the refusal when there is one. */
export default function PartnerIdField({idPrefix, value, problem, onChange, note}: Props): ReactNode {
  const id = `${idPrefix}-partner-id`;
  return (
    <div className={frameStyles.field}>
      <label htmlFor={id}>Partner ID</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className={frameStyles.hint}>
        {PARTNER_ID_HINT}
        {note ? ` ${note}` : ''}
      </p>
      {problem && (
        <p id={`${id}-problem`} className={frameStyles.problem}>
          {problem}
        </p>
      )}
    </div>
  );
}
