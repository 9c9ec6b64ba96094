/**
 * What the file generators share: the shape of their result, and the checks of the values they
 * write into files. Pure functions, no React: every generator is unit-tested on its own.
 */
import {checkValue, type ValueField} from '../yourValues';
import {isGuid} from '../tenants';

export type FileLanguage = 'yaml' | 'json' | 'bash' | 'powershell' | 'text';

export interface GeneratedFile {
  /** Stable key for the component (and tests): 'pipeline', 'credential', 'template', … */
  key: string;
  /** Where the file goes, e.g. `.github/workflows/pal-create.yml`: the code block's title. */
  path: string;
  /** The name a download is saved under: the last segment of `path`. */
  fileName: string;
  language: FileLanguage;
  mimeType: string;
  /** One sentence on what the file is for, shown above it. */
  purpose: string;
  content: string;
}

export interface Generated {
  files: GeneratedFile[];
  /** Things that make the result fail or earn no recognition: shown prominently. */
  warnings: string[];
  /** Things to know when using the files. */
  notes: string[];
}

/**
 * Every field is checked. `problems` names the fields whose text is refused (and why);
 * `missing` the required fields that are still empty. Files come only when both are empty.
 */
export interface GeneratorResult<Field extends string> {
  problems: Partial<Record<Field, string>>;
  missing: Field[];
  output: Generated | null;
}

export const MIME: Record<FileLanguage, string> = {
  yaml: 'application/yaml',
  json: 'application/json',
  bash: 'text/x-shellscript',
  powershell: 'text/plain',
  text: 'text/plain',
};

/**
 * A generated file. The download name is the last segment of the path, without a leading dot:
 * browsers drop or replace it (a download never becomes a hidden file), so say so in `purpose`.
 */
export function file(key: string, path: string, language: FileLanguage, purpose: string, content: string): GeneratedFile {
  const segments = path.split('/');
  const fileName = segments[segments.length - 1].replace(/^\.+/, '');
  return {key, path, fileName, language, mimeType: MIME[language], purpose, content: ensureFinalNewline(content)};
}

function ensureFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Collects the checks of one generator run. */
export class Checks<Field extends string> {
  readonly problems: Partial<Record<Field, string>> = {};
  readonly missing: Field[] = [];

  /** Records the field as missing (empty) or refused (problem); returns the value when it is fine. */
  take(field: Field, input: string, check: (value: string) => {ok: true; value: string} | {ok: false; problem: string}, required = true): string | null {
    const value = input.trim();
    if (value === '') {
      if (required) this.missing.push(field);
      return null;
    }
    const result = check(value);
    if (!result.ok) {
      this.problems[field] = result.problem;
      return null;
    }
    return result.value;
  }

  refuse(field: Field, problem: string): void {
    this.problems[field] ??= problem;
  }

  get ok(): boolean {
    return this.missing.length === 0 && Object.keys(this.problems).length === 0;
  }

  result(make: () => Generated): GeneratorResult<Field> {
    return {problems: this.problems, missing: this.missing, output: this.ok ? make() : null};
  }
}

export type Check = (value: string) => {ok: true; value: string} | {ok: false; problem: string};

/** The Your values checks (Partner ID, GUIDs, repository), for generator fields that hold the same values. */
export const yourValueCheck =
  (field: ValueField): Check =>
  (value) => {
    const result = checkValue(field, value);
    return result.ok ? {ok: true, value: result.value} : result;
  };

/** An object ID (of a user, group or service principal): a GUID, not an application (client) ID. */
export const objectIdCheck: Check = (value) =>
  isGuid(value)
    ? {ok: true, value: value.toLowerCase()}
    : {ok: false, problem: 'An object ID is a GUID such as 8d3c5a1e-6f2b-4c7d-9e40-000000000011 (Microsoft Entra ID, the Overview page of the object).'};

/** Quotes a value for a single-quoted YAML scalar. */
export function yamlSingle(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Indents every non-empty line of `text` by `spaces`. */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : pad + line))
    .join('\n');
}
