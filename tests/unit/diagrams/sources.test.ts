import {describe, expect, it} from 'vitest';
import {narrowSource, sourceHash, titleOf} from '../../../src/diagrams/sources.mjs';

describe('diagram sources', () => {
  it('hash the text, not its line endings or trailing blank lines', () => {
    expect(sourceHash('flowchart LR\r\n  a --> b\r\n\r\n')).toBe(sourceHash('flowchart LR\n  a --> b'));
    expect(sourceHash('flowchart LR\n  a --> c')).not.toBe(sourceHash('flowchart LR\n  a --> b'));
  });

  it('take the title from accTitle', () => {
    expect(titleOf('sequenceDiagram\n  accTitle: How it works \n  A->>B: hi')).toBe('How it works');
    expect(titleOf('sequenceDiagram\n  A->>B: hi')).toBe('');
  });

  it('have a top-down form only when they are sideways flowcharts', () => {
    expect(narrowSource('flowchart LR\n  a --> b')).toBe('flowchart TB\n  a --> b');
    expect(narrowSource('%% note\ngraph RL\n  a --> b')).toBe('%% note\ngraph TB\n  a --> b');
    expect(narrowSource('---\ntitle: Two ways\n---\nflowchart LR\n  a --> b')).toBe('---\ntitle: Two ways\n---\nflowchart TB\n  a --> b');
    expect(narrowSource('flowchart TB\n  a --> b')).toBeNull();
    expect(narrowSource('sequenceDiagram\n  A->>B: flowchart LR')).toBeNull();
  });
});
