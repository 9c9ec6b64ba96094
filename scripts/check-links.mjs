// Broken-link check over a built site: every internal href and src must point at a file the
// host will serve, and every #fragment at an element with that id (on the page or its target).
//   node scripts/check-links.mjs <buildDir>
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs';
import {join, posix, relative, resolve} from 'node:path';

const dir = resolve(process.argv[2] ?? 'build');

function htmlFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The file a static host serves for a path, as scripts/serve.mjs resolves it. */
function fileFor(pathname) {
  const clean = decodeURIComponent(pathname);
  for (const candidate of [clean, `${clean}.html`, posix.join(clean, 'index.html')]) {
    const file = join(dir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** The URL path a built HTML file is served at. */
function pagePath(file) {
  const rel = `/${relative(dir, file).split('\\').join('/')}`;
  return rel.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
}

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\s(?:id|name)=["']?([^"'\s>]+)/g)].map((m) => m[1])));
  }
  return idCache.get(file);
}

const problems = [];
let checked = 0;
for (const file of htmlFiles(dir)) {
  const html = readFileSync(file, 'utf8');
  const base = `http://site${pagePath(file)}`;
  const refs = [...html.matchAll(/\s(href|src)=["']?([^"'\s>]+)/g)].map((m) => m[2].replace(/&amp;/g, '&'));
  for (const ref of refs) {
    if (/^(https?:|mailto:|tel:|data:|javascript:|blob:)/i.test(ref) && !ref.startsWith('http://site')) continue;
    const url = new URL(ref, base);
    if (url.host !== 'site') continue;
    checked += 1;
    const target = url.pathname === new URL(base).pathname ? file : fileFor(url.pathname);
    if (!target) {
      problems.push(`${pagePath(file)}: ${ref} → no such file`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
      problems.push(`${pagePath(file)}: ${ref} → no element with id "${fragment}"`);
    }
  }
}

if (problems.length) {
  console.error(`Broken links in ${dir}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Links OK: ${checked} internal links and anchors in ${dir}`);
