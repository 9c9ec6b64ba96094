/** The code blocks of every docs page, with the reader placeholders filled with sample values. */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {fillPlaceholders, type YourValues} from '../../src/pal/yourValues';
import {extractCodeBlocks, type CodeBlock} from './extractCodeBlocks';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DOCS = join(ROOT, 'docs');

/** Fixed stand-ins for a reader's values, valid by the panel's own rules. */
export const SAMPLE_VALUES = {
  partnerId: '4567891',
  tenantId: '72f988bf-0000-4000-8000-000000000001',
  clientId: '72f988bf-0000-4000-8000-000000000002',
  subscriptionId: '72f988bf-0000-4000-8000-000000000003',
  repository: 'contoso/pal-pipelines',
} as const satisfies Required<YourValues>;

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true})
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return mdxFiles(path);
      return entry.isFile() && entry.name.endsWith('.mdx') ? [path] : [];
    })
    .sort();
}

/** Every fenced block in docs/**\/*.mdx; `code` has the sample values written in. */
export function docsCodeBlocks(values: YourValues = SAMPLE_VALUES): CodeBlock[] {
  return mdxFiles(DOCS).flatMap((path) =>
    extractCodeBlocks(readFileSync(path, 'utf8'), relative(ROOT, path)).map((block) => ({
      ...block,
      code: fillPlaceholders(block.code, values).text,
    })),
  );
}
