// The security headers of the site, defined once. The test server sends them on every
// response, the build writes them into the hosts' configuration (staticwebapp.config.json),
// and every built page carries the same Content Security Policy in a <meta> element for hosts
// that cannot send headers (GitHub Pages). Every end-to-end test runs under both.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {authorityFromEnvironment} from './authority.mjs';

/** Azure Resource Manager, which the widgets call. */
export const ARM_ORIGIN = 'https://management.azure.com';

/** Directives a policy in a <meta> element cannot carry: browsers ignore them there, with an error. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * SHA-256 hashes of every inline script the build emits (the colour-mode script, the short
 * alias redirects). JSON-LD blocks are data, not scripts, and need none.
 */
export function inlineScriptHashes(buildDir) {
  const hashes = new Set();
  const inline = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
  for (const file of htmlFiles(buildDir)) {
    for (const [, attributes, body] of readFileSync(file, 'utf8').matchAll(inline)) {
      if (/type=["']?application\/(ld\+)?json/.test(attributes) || body.trim() === '') continue;
      hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}

/** Where the browser may connect: the site itself, the sign-in authority's host and ARM. */
export function connectSources(authority = authorityFromEnvironment()) {
  return ["'self'", new URL(authority).origin, ARM_ORIGIN];
}

export function contentSecurityPolicy(buildDir, {authority = authorityFromEnvironment()} = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(buildDir).join(' ')}`.trim(),
    // React sets inline styles and the diagrams' SVGs carry <style> elements; scripts stay locked down.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connectSources(authority).join(' ')}`,
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The header policy without what a <meta> policy cannot carry. */
export function metaContentSecurityPolicy(headerPolicy) {
  return headerPolicy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY_DIRECTIVES.includes(directive.split(/\s+/)[0].toLowerCase()))
    .join('; ');
}

export function securityHeaders(buildDir, options) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(buildDir, options),
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  };
}

/** Azure Static Web Apps: the same headers, long caching for hashed assets, none for HTML. */
export function staticWebAppConfig(buildDir, options) {
  return {
    globalHeaders: securityHeaders(buildDir, options),
    routes: [
      {route: '/assets/*', headers: {'Cache-Control': 'public, max-age=31536000, immutable'}},
      {route: '/*', headers: {'Cache-Control': 'no-cache'}},
    ],
    responseOverrides: {404: {rewrite: '/404.html'}},
    mimeTypes: {'.json': 'application/json', '.webmanifest': 'application/manifest+json'},
  };
}
