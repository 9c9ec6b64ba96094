import {expect} from 'vitest';
import {generatePipeline, type PipelineInput} from '../../../src/pal/generators/pipeline';
import type {Generated} from '../../../src/pal/generators/common';
import {PIPELINE_BASE} from '../../snippets/generatedSnippets';

/** The pipeline generator's files for the base input with these changes; fails on any problem. */
export function generate(overrides: Partial<PipelineInput> = {}): Generated {
  const result = generatePipeline({...PIPELINE_BASE, ...overrides});
  expect(result.problems).toEqual({});
  expect(result.missing).toEqual([]);
  expect(result.output).not.toBeNull();
  return result.output!;
}

/** One generated file by its key; fails when the output has none. */
export function fileOf(output: Generated, key: string) {
  const found = output.files.find((f) => f.key === key);
  expect(found, `file ${key}`).toBeDefined();
  return found!;
}
