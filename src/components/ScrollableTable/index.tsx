import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';
import styles from './styles.module.css';

/** Names a scrolling table after its column headings, e.g. "Table: Setting, Value, Why". */
function labelFor(table: HTMLTableElement | null): string {
  const headings = Array.from(table?.tHead?.rows[0]?.cells ?? [], (cell) => cell.textContent?.trim() ?? '').filter(Boolean);
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}

/**
 * A Markdown table in a box that scrolls sideways when the table is wider than the page.
 * Only while it actually scrolls is the box a named, focusable region, so that keyboard users
 * can scroll it with the arrow keys (WCAG 2.1.1) without extra tab stops on tables that fit.
 */
export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [label, setLabel] = useState<string | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    // Measured when the observer reports the box, after layout: measuring in the effect forced a
    // layout of the page mid-hydration (and of a closed <details> around the table).
    const update = () => setLabel(element.scrollWidth > element.clientWidth ? labelFor(table.current) : null);
    const observer = new ResizeObserver(update);
    observer.observe(element);
    if (table.current) observer.observe(table.current);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={box}
      className={styles.box}
      {...(label ? {tabIndex: 0, role: 'region', 'aria-label': label} : {})}>
      <table ref={table} {...props} />
    </div>
  );
}
