// The security headers of the site, defined once. The test server sends them on every
// response, and the build writes them into the hosts' configuration (staticwebapp.config.json),
// so every end-to-end test runs under the policy production runs under.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';

/** Where the browser may connect: the site itself, Entra ID sign-in and Azure Resource Manager. */
export const CONNECT_SOURCES = ["'self'", 'https://login.microsoftonline.com', 'https://management.azure.com'];

function htmlFiles(dir) {
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

export function contentSecurityPolicy(buildDir) {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(buildDir).join(' ')}`.trim(),
    // React sets inline styles and the diagrams' SVGs carry <style> elements; scripts stay locked down.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${CONNECT_SOURCES.join(' ')}`,
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(buildDir) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(buildDir),
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  };
}

/** Azure Static Web Apps: the same headers, long caching for hashed assets, none for HTML. */
export function staticWebAppConfig(buildDir) {
  return {
    globalHeaders: securityHeaders(buildDir),
    routes: [
      {route: '/assets/*', headers: {'Cache-Control': 'public, max-age=31536000, immutable'}},
      {route: '/*', headers: {'Cache-Control': 'no-cache'}},
    ],
    responseOverrides: {404: {rewrite: '/404.html'}},
    mimeTypes: {'.json': 'application/json', '.webmanifest': 'application/manifest+json'},
  };
}
