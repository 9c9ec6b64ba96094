import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {authorityFromEnvironment, checkedAuthority, DEFAULT_AUTHORITY} from '../../../scripts/authority.mjs';
import {withMetaPolicy} from '../../../scripts/meta-policy.mjs';
import {connectSources, contentSecurityPolicy, metaContentSecurityPolicy} from '../../../scripts/security-headers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pal-headers-'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><meta charset="UTF-8"></head><body><script>a()</script></body></html>');
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('connect-src follows PAL_AUTHORITY', () => {
  it('names the default authority host when the setting is blank', () => {
    expect(authorityFromEnvironment({PAL_AUTHORITY: '  '})).toBe(DEFAULT_AUTHORITY);
    expect(contentSecurityPolicy(dir, {authority: DEFAULT_AUTHORITY})).toContain(
      "connect-src 'self' https://login.microsoftonline.com https://management.azure.com;",
    );
  });

  it('names another authority host, and only that one', () => {
    const authority = authorityFromEnvironment({PAL_AUTHORITY: 'https://login.microsoftonline.us/organizations'});
    expect(connectSources(authority)).toEqual(["'self'", 'https://login.microsoftonline.us', 'https://management.azure.com']);
    expect(contentSecurityPolicy(dir, {authority})).not.toContain('login.microsoftonline.com');
  });

  it('stops on an authority that is not https, saying what to set', () => {
    expect(() => authorityFromEnvironment({PAL_AUTHORITY: 'http://login.microsoftonline.com/organizations'})).toThrow(
      /PAL_AUTHORITY must be an https URL, but it is "http:\/\/login\.microsoftonline\.com\/organizations".*https:\/\/login\.microsoftonline\.com\/organizations/,
    );
    expect(() => checkedAuthority('login.microsoftonline.com')).toThrow(/PAL_AUTHORITY is not a URL/);
  });
});

describe('the meta policy', () => {
  it('is the header policy without the directives a meta element cannot carry', () => {
    const header = "default-src 'self'; script-src 'self' 'sha256-x'; frame-ancestors 'none'; report-uri /r; sandbox; object-src 'none'";
    expect(metaContentSecurityPolicy(header)).toBe("default-src 'self'; script-src 'self' 'sha256-x'; object-src 'none'");
    expect(metaContentSecurityPolicy(contentSecurityPolicy(dir, {authority: DEFAULT_AUTHORITY}))).not.toMatch(/frame-ancestors/);
  });

  it('goes right after <meta charset>, before anything else in <head>, once', () => {
    const page = '<!doctype html><html lang="en"><head><meta charset="UTF-8"><script src="/a.js"></script></head></html>';
    const once = withMetaPolicy(page, "default-src 'self'");
    expect(once).toBe(
      '<!doctype html><html lang="en"><head><meta charset="UTF-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><script src="/a.js"></script></head></html>',
    );
    expect(withMetaPolicy(once, "default-src 'none'")).toBe(once.replace("default-src 'self'", "default-src 'none'"));
  });

  it('goes first in <head> when the page has no charset first, and escapes the attribute', () => {
    expect(withMetaPolicy('<html><head><title>t</title></head></html>', 'a "b" & c')).toBe(
      '<html><head><meta http-equiv="Content-Security-Policy" content="a &quot;b&quot; &amp; c"><title>t</title></head></html>',
    );
    expect(() => withMetaPolicy('<p>no head</p>', 'x')).toThrow(/no <head>/);
  });
});
