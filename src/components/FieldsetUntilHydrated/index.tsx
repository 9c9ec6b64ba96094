import {useEffect, useRef, type ComponentProps, type ReactNode} from 'react';

/**
 * A fieldset whose controls are shown in the server's HTML but stay inactive until React runs:
 * typing or ticking before then would be lost, or disagree with what the generator shows.
 *
 * The fieldset is enabled by hand once it has mounted, not by rendering again:
 * - React leaves the controls inside alone. Were the form to re-render, React 19 would write
 *   every input's name, type and value again (it updates a host element whenever its props
 *   object is new).
 * - The write runs in a microtask, on an empty stack. Enabling a fieldset invalidates the style
 *   of every control in it, and a traced page load (Lighthouse's) records the JavaScript stack of
 *   each invalidation: from inside React's commit, hundreds of frames deep, that took 100 ms on
 *   the pipeline generator.
 * React keeps `disabled` as its own value, so it never writes the attribute back.
 */
export default function FieldsetUntilHydrated({children, ...props}: Omit<ComponentProps<'fieldset'>, 'disabled'>): ReactNode {
  const ref = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const fieldset = ref.current;
    queueMicrotask(() => {
      if (fieldset) fieldset.disabled = false;
    });
  }, []);
  return (
    <fieldset {...props} ref={ref} disabled>
      {children}
    </fieldset>
  );
}
