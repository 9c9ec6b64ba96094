import {Prism} from 'prism-react-renderer';
import includeLanguages from '@theme/prism-include-languages';
import HighlightedContent from '@theme-original/CodeBlock/Content';
import {provideHighlighter} from './registry';

/*
 * Importing this module makes code blocks highlighted. theme-classic would add Prism's
 * extra languages in a client module on every page (see src/plugins/prismWithCodeBlocksOnly);
 * here it happens only where code is shown.
 */
includeLanguages(Prism);
provideHighlighter(HighlightedContent);
