/**
 * The part of js-yaml's API the snippet checks use. js-yaml has no types of its own; this
 * stands in for @types/js-yaml and can go once that is a devDependency.
 */
declare module 'js-yaml' {
  export interface Mark {
    /** 0-based. */
    line: number;
    column: number;
  }
  export class YAMLException extends Error {
    reason: string;
    mark?: Mark;
  }
  export function loadAll(input: string, iterator?: null, options?: {filename?: string}): unknown[];
}
