// Runs after `docusaurus build` (every plugin has written its pages by then): writes the
// host configuration with the security headers computed from the finished build.
//   node scripts/write-host-config.mjs <buildDir>
import {writeFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {staticWebAppConfig} from './security-headers.mjs';

const dir = resolve(process.argv[2] ?? 'build');
writeFileSync(join(dir, 'staticwebapp.config.json'), `${JSON.stringify(staticWebAppConfig(dir), null, 2)}\n`);
console.log(`Wrote ${join(dir, 'staticwebapp.config.json')}`);
