import {useState} from 'react';
import type {ValueField} from '../pal/yourValues';
import {useYourValues} from './useYourValues';

export interface StoredDefault {
  /** What the field shows: the reader's own text, or else the stored value. */
  value: string;
  /** Sets the reader's own text, for this generator only. */
  set: (text: string) => void;
  /** The value shown is the stored one (from the Your values panel). */
  fromYourValues: boolean;
}

/**
 * A field that holds one of the reader's values: it shows the stored value (from the Your
 * values panel) until the reader types something else here, which then applies to this
 * generator only.
 */
export function useStoredDefault(field: ValueField): StoredDefault {
  const values = useYourValues();
  const [override, setOverride] = useState<string | null>(null);
  return {value: override ?? values[field] ?? '', set: setOverride, fromYourValues: override === null && Boolean(values[field])};
}
