import React, {type ReactNode} from 'react';
import Buttons from '@theme-original/CodeBlock/Buttons';
import type ButtonsType from '@theme/CodeBlock/Buttons';
import type {WrapperProps} from '@docusaurus/types';
import {useShownInTurn} from '@site/src/hooks/useShownInTurn';

type Props = WrapperProps<typeof ButtonsType>;

/**
 * The copy and word-wrap buttons only work in the browser, so Docusaurus adds them once the page
 * has hydrated: every block's at once, in the commit that follows hydration. On a page with many
 * blocks that was the longest task after the first paint (Workload identities has 14).
 * Here each block gets its buttons in an idle moment of its own, within a fraction of a second of
 * the page settling. They are hidden until the block is hovered or the button focused, so only
 * a reader who hovers a block at that very moment sees them arrive a little later.
 */
export default function CodeBlockButtonsInTurn(props: Props): ReactNode {
  const shown = useShownInTurn();
  return shown ? <Buttons {...props} /> : null;
}
