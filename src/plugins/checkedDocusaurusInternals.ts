/**
 * The site takes a few things from Docusaurus modules that promise no stable API, above all
 * @docusaurus/theme-common/internal (src/theme/CodeBlock). A name an upgrade removed would
 * otherwise be imported as undefined and break only in the reader's browser: here every named
 * import in our own source must exist, or the build fails and names the import.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/** The rule that makes a missing export an error, for the files under `sourceDir`. */
export function strictImportsRule(sourceDir: string) {
  return {test: /\.[cm]?[jt]sx?$/, include: [sourceDir], parser: {exportsPresence: 'error' as const}};
}

export default function checkedDocusaurusInternals(): Plugin {
  return {
    name: 'checked-docusaurus-internals',
    configureWebpack() {
      return {module: {rules: [strictImportsRule(path.resolve(__dirname, '..'))]}};
    },
  };
}
