// Serves a built site the way Azure Static Web Apps does: clean URLs, the custom 404 page,
// gzip, and the headers and caching rules of the build's own staticwebapp.config.json, so
// the end-to-end tests run under exactly the production policy. Used by the tests, the
// benchmark and `npm run serve`.
//   node scripts/serve.mjs <dir> [port]
import {createServer} from 'node:http';
import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs';
import {extname, join, normalize, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.svg', '.txt', '.webmanifest']);

// Each file is compressed once, as a host's edge cache would: compressing on every request
// took CPU from the browser under test on a two-core machine.
const gzipped = new Map();
function gzippedBody(file) {
  const {mtimeMs} = statSync(file);
  const cached = gzipped.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.body;
  const body = gzipSync(readFileSync(file));
  gzipped.set(file, {mtimeMs, body});
  return body;
}

export function startServer(root, port, {basePath = '/'} = {}) {
  const dir = resolve(root);
  const hostConfig = join(dir, 'staticwebapp.config.json');
  if (!existsSync(hostConfig)) throw new Error(`${hostConfig} is missing: build the site first (npm run build).`);
  const {globalHeaders, routes} = JSON.parse(readFileSync(hostConfig, 'utf8'));
  const routeHeaders = (pathname) =>
    routes.find(({route}) => (route.endsWith('*') ? pathname.startsWith(route.slice(0, -1)) : pathname === route))?.headers ?? {};

  /** The path with %-escapes decoded, or null when an escape is malformed (`/%E0%A4%A`). */
  function decodedPath(pathname) {
    try {
      return decodeURIComponent(pathname);
    } catch {
      return null;
    }
  }

  function resolveFile(decoded) {
    const clean = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
    const candidates = [clean, `${clean}.html`, join(clean, 'index.html')];
    for (const candidate of candidates) {
      const file = join(dir, candidate);
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) return file;
    }
    return null;
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = url.pathname;
    if (basePath !== '/' && pathname.startsWith(basePath)) pathname = `/${pathname.slice(basePath.length)}`;
    const decoded = decodedPath(pathname);
    if (decoded === null) {
      // A host answers a malformed URL with 400; throwing here would stop the whole server.
      res.writeHead(400, {'Content-Type': 'text/plain; charset=utf-8', ...globalHeaders});
      return res.end('Bad request: the URL has a malformed %-escape.\n');
    }
    let file = resolveFile(decoded);
    let status = 200;
    if (!file) {
      file = join(dir, '404.html');
      status = 404;
    }
    const ext = extname(file);
    res.setHeader('Content-Type', TYPES[ext] ?? 'application/octet-stream');
    for (const [name, value] of Object.entries({...globalHeaders, ...routeHeaders(pathname)})) res.setHeader(name, value);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.statusCode = status;
    if (req.method === 'HEAD') return res.end();
    if (!gzip) return createReadStream(file).pipe(res);
    const body = gzippedBody(file);
    res.setHeader('Content-Length', body.length);
    res.end(body);
  });
  return new Promise((resolveListen) => server.listen(port, '127.0.0.1', () => resolveListen(server)));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const [dir = 'build', port = '3000'] = process.argv.slice(2);
  await startServer(dir, Number(port));
  console.log(`Serving ${dir} at http://localhost:${port}/`);
}
