// Runs after `docusaurus build` (every plugin has written its pages by then): computes the
// security headers from the finished build, writes them into the host configuration, and
// puts the same Content Security Policy into every page as a <meta> element (GitHub Pages
// sends no headers).
//   node scripts/write-host-config.mjs <buildDir>
import {readFileSync, writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {withMetaPolicy} from './meta-policy.mjs';
import {htmlFiles, metaContentSecurityPolicy, staticWebAppConfig} from './security-headers.mjs';

const dir = resolve(process.argv[2] ?? 'build');
const config = staticWebAppConfig(dir);
const metaPolicy = metaContentSecurityPolicy(config.globalHeaders['Content-Security-Policy']);
const pages = htmlFiles(dir);
for (const file of pages) writeFileSync(file, withMetaPolicy(readFileSync(file, 'utf8'), metaPolicy));
writeFileSync(join(dir, 'staticwebapp.config.json'), `${JSON.stringify(config, null, 2)}\n`);
console.log(`Wrote ${join(dir, 'staticwebapp.config.json')} and the policy into ${pages.length} pages`);
