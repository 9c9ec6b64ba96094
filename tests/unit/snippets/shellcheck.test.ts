import {afterEach, describe, expect, it, vi} from 'vitest';
import {findShellcheck, requireShellcheck, shellcheckPlan, shellcheckSnippets, shellcheckSuiteName} from '../../snippets/shellcheck';

const plan = shellcheckPlan();

describe('without shellcheck on the PATH', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('requireShellcheck fails with a clear message', () => {
    vi.stubEnv('PATH', '/nonexistent');
    expect(findShellcheck().installed).toBe(false);
    expect(() => requireShellcheck()).toThrow(/shellcheck is not installed.*apt-get install shellcheck/);
  });

  it('the bash checks are skipped outside CI, with a notice that says so and how to install it', () => {
    vi.stubEnv('PATH', '/nonexistent');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const skipped = shellcheckPlan({PATH: '/nonexistent'});
    expect(skipped).toEqual({run: false, notice: expect.stringMatching(/^SKIPPED: .*shellcheck is not installed.*sudo apt-get install shellcheck/)});
    expect(shellcheckSuiteName('bash passes', skipped)).toMatch(/^bash passes \[skipped: shellcheck is not installed; install it with .*apt-get install shellcheck/);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('SKIPPED'));
  });

  it('under CI the bash checks never skip: they run, and requireShellcheck fails them', () => {
    vi.stubEnv('PATH', '/nonexistent');
    expect(shellcheckPlan({PATH: '/nonexistent', CI: '1'})).toEqual({run: true});
    expect(shellcheckSuiteName('bash passes', {run: true})).toBe('bash passes');
  });
});

describe.skipIf(!plan.run)(shellcheckSuiteName('with shellcheck', plan), () => {
  it('gives the installed version', () => {
    expect(requireShellcheck()).toMatch(/^\d+\.\d+/);
  });

  it('passes clean snippets and reports findings per snippet with line, code and message', () => {
    const [clean, unquoted, none] = shellcheckSnippets(['PARTNER_ID="4567891"\necho "$PARTNER_ID"', 'HOST="$(hostname)"\n\necho $HOST', 'true']);
    expect(clean).toEqual([]);
    expect(none).toEqual([]);
    expect(unquoted).toEqual([{line: 3, message: expect.stringMatching(/^SC2086 \(info\), column 6: Double quote/)}]);
  });

  it('checks as bash, without asking for a shebang', () => {
    expect(shellcheckSnippets(['declare -A ROLES=([owner]=1)\necho "${ROLES[owner]}"'])).toEqual([[]]);
  });
});
