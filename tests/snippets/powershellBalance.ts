/**
 * Checks that a PowerShell snippet's quotes, parentheses, brackets and braces are balanced,
 * the way PowerShell's tokenizer sees them: '…' ('' inside), "…" (backtick escapes, "" inside,
 * $( … ) subexpressions), here-strings @"…"@ and @'…'@, ${…} variable names, # and <# #>
 * comments, and backtick line continuations.
 */
export interface BalanceProblem {
  /** 1-based line in the snippet. */
  line: number;
  message: string;
}

type Kind = '(' | '[' | '{' | '$(' | '"' | "'" | '@"' | "@'" | '<#';

const CLOSER: Partial<Record<Kind, string>> = {'(': ')', '[': ']', '{': '}', '$(': ')'};

const DESCRIPTION: Record<Kind, string> = {
  '(': "'('",
  '[': "'['",
  '{': "'{'",
  '$(': "subexpression '$('",
  '"': 'double-quoted string',
  "'": 'single-quoted string',
  '@"': 'here-string @"',
  "@'": "here-string @'",
  '<#': "block comment '<#'",
};

/** Characters after which # starts a comment (PowerShell needs it at the start of a token). */
const BEFORE_COMMENT = /[\s;(){}[\],|&=]/;

function isCode(kind: Kind | undefined): boolean {
  return kind === undefined || kind === '(' || kind === '[' || kind === '{' || kind === '$(';
}

export function checkPowerShellBalance(code: string): BalanceProblem[] {
  const stack: Array<{kind: Kind; line: number}> = [];
  let line = 1;
  let i = 0;
  const at = (text: string) => code.startsWith(text, i);
  const lineStart = () => i === 0 || code[i - 1] === '\n';
  const restOfLineBlank = (from: number) => /^[ \t]*(?:\r?\n|$)/.test(code.slice(from));
  /** Moves past n characters, counting lines. */
  const skip = (n: number) => {
    for (const char of code.slice(i, i + n)) if (char === '\n') line += 1;
    i += n;
  };
  /** Skips ${…}: a variable name, which may hold any character but an unescaped }. */
  const skipBracedVariable = (): BalanceProblem | null => {
    const opened = line;
    skip(2);
    while (i < code.length && code[i] !== '}') skip(code[i] === '`' ? 2 : 1);
    if (i >= code.length) return {line: opened, message: "variable '${' is never closed with '}'"};
    skip(1);
    return null;
  };

  while (i < code.length) {
    const top = stack[stack.length - 1]?.kind;
    const char = code[i];

    if (isCode(top)) {
      if (char === '`') skip(2);
      else if (at('<#')) {
        stack.push({kind: '<#', line});
        skip(2);
      } else if (char === '#' && (i === 0 || BEFORE_COMMENT.test(code[i - 1]))) {
        while (i < code.length && code[i] !== '\n') i += 1;
      } else if ((at('@"') || at("@'")) && restOfLineBlank(i + 2)) {
        stack.push({kind: at('@"') ? '@"' : "@'", line});
        skip(2);
      } else if (at('${')) {
        const problem = skipBracedVariable();
        if (problem) return [problem];
      } else if (char === '"' || char === "'") {
        stack.push({kind: char, line});
        skip(1);
      } else if (char === '(' || char === '[' || char === '{') {
        stack.push({kind: char, line});
        skip(1);
      } else if (char === ')' || char === ']' || char === '}') {
        const open = stack[stack.length - 1];
        if (!open) return [{line, message: `'${char}' has no matching opening bracket`}];
        if (CLOSER[open.kind] !== char) {
          return [{line, message: `'${char}' closes ${DESCRIPTION[open.kind]} opened on line ${open.line}`}];
        }
        stack.pop();
        skip(1);
      } else skip(1);
      continue;
    }

    switch (top) {
      case '"':
      case '@"':
        if (char === '`') skip(2);
        else if (at('$(')) {
          stack.push({kind: '$(', line});
          skip(2);
        } else if (at('${')) {
          const problem = skipBracedVariable();
          if (problem) return [problem];
        } else if (top === '"' && at('""')) skip(2);
        else if (top === '"' && char === '"') {
          stack.pop();
          skip(1);
        } else if (top === '@"' && lineStart() && at('"@')) {
          stack.pop();
          skip(2);
        } else skip(1);
        break;
      case "'":
        if (at("''")) skip(2);
        else {
          if (char === "'") stack.pop();
          skip(1);
        }
        break;
      case "@'":
        if (lineStart() && at("'@")) {
          stack.pop();
          skip(2);
        } else skip(1);
        break;
      case '<#':
        if (at('#>')) {
          stack.pop();
          skip(2);
        } else skip(1);
        break;
    }
  }

  return stack.map(({kind, line: opened}) => ({line: opened, message: `${DESCRIPTION[kind]} opened here is never closed`}));
}
