// Puts the Content Security Policy into a page as <meta http-equiv>, for hosts that cannot send
// headers. A meta policy covers only what follows it, so it goes first in <head>: right after
// <meta charset> (which must stay within the first bytes), before any script or stylesheet.

const EXISTING = /<meta\s+http-equiv=["']?Content-Security-Policy["']?[^>]*>/gi;
const CHARSET = /^(\s*<!doctype[^>]*>\s*<html[^>]*>\s*<head[^>]*>\s*<meta\s+charset=[^>]*>)/i;
const HEAD = /<head(\s[^>]*)?>/i;

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The page with exactly one CSP meta element, placed before anything it must govern. */
export function withMetaPolicy(html, policy) {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
  const clean = html.replace(EXISTING, '');
  if (CHARSET.test(clean)) return clean.replace(CHARSET, (start) => `${start}${tag}`);
  if (HEAD.test(clean)) return clean.replace(HEAD, (head) => `${head}${tag}`);
  throw new Error('This page has no <head>, so its Content Security Policy has nowhere to go.');
}
