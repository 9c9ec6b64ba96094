/** The code blocks of every docs page, with the reader placeholders filled with sample values. */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';
import {fillPlaceholders, type YourValues} from '../../src/pal/yourValues';
import {extractCodeBlocks, type CodeBlock} from './extractCodeBlocks';

// __dirname rather than import.meta: Playwright loads this file as CommonJS, vitest as ESM.
export const ROOT = resolve(__dirname, '../..');
export const DOCS = join(ROOT, 'docs');

/**
 * Fixed stand-ins for a reader's values, valid by the panel's own rules. The GUIDs appear
 * nowhere in the docs, so a test can tell a filled-in value from an example in the text.
 */
export const SAMPLE_VALUES = {
  partnerId: '4567891',
  tenantId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  clientId: '6ba7b810-9dad-41d1-80b4-00c04fd430c8',
  subscriptionId: 'd5f1c2a4-7b3e-4c6d-9e8f-0a1b2c3d4e5f',
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
