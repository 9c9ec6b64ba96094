import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

interface Layout {
  /** Natural width in CSS pixels: the drawing is never shrunk, so its labels stay 14 px. */
  width: number;
  light: string;
  dark: string;
}

/** One diagram's committed renders, as src/diagrams/renderedDiagramLoader.cjs provides them. */
export interface RenderedDiagram extends Layout {
  title: string;
  /** The top-down layout of a sideways flowchart, for columns too narrow for the main one. */
  narrow?: Layout;
}

/** The column on a 390 px phone. A drawing wider than this may have to scroll. */
const PHONE_COLUMN_PX = 358;
/** Column widths from which the main layout replaces the narrow one (styles.module.css). */
const WIDE_FROM_PX = [360, 400, 440, 480, 520, 560, 600, 640, 680, 720, 760, 800, 840, 880, 920, 960];

/**
 * A Mermaid diagram rendered ahead of time (npm run diagrams), inlined as SVG so its labels
 * are real text. Both colour modes and both layouts are in the HTML; CSS shows one of each,
 * so nothing flashes and nothing runs. A drawing that may not fit scrolls inside its own
 * focusable box, never the page.
 */
export default function Diagram({diagram}: {diagram: RenderedDiagram}): ReactNode {
  const {narrow} = diagram;
  const wideFrom = narrow && WIDE_FROM_PX.find((px) => px >= diagram.width);
  const layouts: Array<[Layout, string | undefined]> = !narrow
    ? [[diagram, undefined]]
    : wideFrom
      ? [[diagram, styles.wide], [narrow, styles.narrow]]
      : [[narrow, undefined]];
  const mayScroll = Math.min(...layouts.map(([layout]) => layout.width)) > PHONE_COLUMN_PX;
  return (
    <figure className={clsx(styles.diagram, wideFrom && styles[`wideFrom${wideFrom}`])}>
      <div
        className={styles.scroller}
        {...(mayScroll ? {tabIndex: 0, role: 'region', 'aria-label': `Diagram: ${diagram.title}`} : {})}>
        {(['light', 'dark'] as const).map((mode) => (
          <div key={mode} className={styles[mode]}>
            {layouts.map(([layout, layoutClass]) => (
              // Markup from the SVGs committed under src/diagrams/rendered/, read at build time by
              // renderedDiagramLoader.cjs (which refuses scripts, handlers and embedded HTML); never from the network.
              <div key={layoutClass ?? 'only'} className={layoutClass} dangerouslySetInnerHTML={{__html: layout[mode]}} />
            ))}
          </div>
        ))}
      </div>
    </figure>
  );
}
