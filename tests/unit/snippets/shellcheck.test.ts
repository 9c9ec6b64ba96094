import {afterEach, describe, expect, it, vi} from 'vitest';
import {requireShellcheck, shellcheckSnippets} from '../../snippets/shellcheck';

describe('requireShellcheck', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('gives the installed version', () => {
    expect(requireShellcheck()).toMatch(/^\d+\.\d+/);
  });

  it('fails with a clear message when shellcheck is missing', () => {
    vi.stubEnv('PATH', '/nonexistent');
    expect(() => requireShellcheck()).toThrow(/shellcheck is not installed.*apt-get install shellcheck/);
  });
});

describe('shellcheckSnippets', () => {
  it('passes clean snippets and reports findings per snippet with line, code and message', () => {
    requireShellcheck();
    const [clean, unquoted, none] = shellcheckSnippets(['PARTNER_ID="4567891"\necho "$PARTNER_ID"', 'HOST="$(hostname)"\n\necho $HOST', 'true']);
    expect(clean).toEqual([]);
    expect(none).toEqual([]);
    expect(unquoted).toEqual([{line: 3, message: expect.stringMatching(/^SC2086 \(info\), column 6: Double quote/)}]);
  });

  it('checks as bash, without asking for a shebang', () => {
    expect(shellcheckSnippets(['declare -A ROLES=([owner]=1)\necho "${ROLES[owner]}"'])).toEqual([[]]);
  });
});
