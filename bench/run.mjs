// npm run bench: page weight against a stock Docusaurus site, the widget chunk, Lighthouse
// scores and build time. Prints a table and writes bench/results.md. Measures; never fails on
// a missed target (the size budgets in tests/e2e/live-budgets.spec.ts do that in npm test).
import {execFileSync, execSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {join, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {chromium} from '@playwright/test';
import lighthouse, {desktopConfig} from 'lighthouse';
import {startServer} from '../scripts/serve.mjs';
import {rewriteTraceToCpuTime} from './cpuTimeTrace.mjs';
import {writeStockSite} from './stock-site.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const TMP = join(ROOT, 'bench/tmp');
const OURS = join(TMP, 'site');
const STOCK = join(TMP, 'stock');
const BARE = join(TMP, 'bare');
const TEST_CLIENT_ID = '00000000-0000-4000-8000-00000000c11e';
const AZURE_CODE = /@azure\/msal-browser|azsdk-js/;
const PAGES = [
  ['Overview', '/', true],
  ['Understanding PAL', '/understanding-pal', true],
  ['Users and guests', '/users-and-guests', true],
  ['Check and link PAL', '/check-and-link', false],
  ['PAL doctor', '/pal-doctor', false],
  ['Terraform', '/terraform', true],
  ['Workload identities', '/workload-identities', false],
];
const CONTENT_RATIO_TARGET = 1.1;
const WIDGET_BUDGET = 110 * 1024;
const LIGHTHOUSE_PAGES = [
  ['Overview', '/'],
  ['Understanding PAL', '/understanding-pal'],
  ['Check and link PAL', '/check-and-link'],
  ['Terraform', '/terraform'],
  ['Workload identities', '/workload-identities'],
];
/** Counted runs per page and form factor, after one warm-up run that is thrown away. */
const RUNS = 5;
/** BENCH_QUICK=1 skips Lighthouse, for quick page-weight checks while working. */
const QUICK = process.env.BENCH_QUICK === '1';
const CHROMIUM = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** The 1-minute load average: Lighthouse's simulated timings follow the CPU the browser gets. */
const load = () => loadavg()[0].toFixed(1);

/** Builds ours twice: the first build's time depends on whether Rspack's persistent cache exists
 * (not after a fresh `npm ci`), the second is what an author's rebuild costs. */
function build() {
  mkdirSync(TMP, {recursive: true});
  const hadCache = existsSync(join(ROOT, 'node_modules/.cache/rspack'));
  const timedBuild = () => {
    const started = Date.now();
    execSync(`npx docusaurus build --out-dir ${OURS}`, {cwd: ROOT, stdio: 'inherit', env: {...process.env, PAL_CLIENT_ID: TEST_CLIENT_ID}});
    return (Date.now() - started) / 1000;
  };
  const buildSeconds = {first: timedBuild(), hadCache, again: timedBuild()};
  execFileSync('node', ['scripts/write-host-config.mjs', OURS], {cwd: ROOT, stdio: 'inherit'});
  for (const [out, bare] of [[STOCK, false], [BARE, true]]) {
    const src = `${out}-src`;
    writeStockSite(src, ROOT, {bare});
    execSync(`npx docusaurus build --out-dir ${out}`, {cwd: src, stdio: 'inherit'});
    execFileSync('node', ['scripts/write-host-config.mjs', out], {cwd: ROOT, stdio: 'inherit'});
  }
  return buildSeconds;
}

/** Scripts and styles a page loads before the reader does anything, as transferred (gzip). */
async function initialWeight(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = [];
  page.on('response', (response) => seen.push(response));
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForTimeout(500);
  let js = 0;
  let css = 0;
  let azure = false;
  for (const response of seen) {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') continue;
    const {responseBodySize} = await response.request().sizes();
    if (type === 'script') {
      js += responseBodySize;
      if (AZURE_CODE.test(await response.text())) azure = true;
    } else css += responseBodySize;
  }
  await context.close();
  return {js, css, azure};
}

/** What the widget loads once the reader reaches for it. */
async function widgetChunk(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, {waitUntil: 'networkidle'});
  const chunks = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') chunks.push(gzipSync(await response.body()).length);
  });
  await page.locator('#check-and-link').hover();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await context.close();
  return chunks.reduce((sum, n) => sum + n, 0);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * One Lighthouse run: the page is loaded once (gather), then audited. On mobile it is audited
 * a second time with the main thread's CPU time in place of its wall time (cpuTimeTrace.mjs):
 * the score the page earns when the renderer has a core to itself.
 */
async function lighthouseScores(url, formFactor) {
  const port = 9300 + Math.floor(Math.random() * 500);
  const artifacts = mkdtempSync(join(TMP, 'lighthouse-'));
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const flags = {output: 'json', logLevel: 'error', onlyCategories: CATEGORIES};
  const browser = await chromium.launch({executablePath: CHROMIUM, args: [...ARGS, `--remote-debugging-port=${port}`]});
  try {
    await lighthouse(url, {...flags, port, gatherMode: artifacts}, config);
  } finally {
    await browser.close();
  }
  try {
    const {categories, audits} = (await lighthouse(url, {...flags, auditMode: artifacts}, config)).lhr;
    const scores = {
      ...Object.fromEntries(Object.entries(categories).map(([id, category]) => [id, Math.round(category.score * 100)])),
      fcp: audits['first-contentful-paint'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      si: audits['speed-index'].numericValue,
    };
    if (formFactor !== 'mobile') return scores;
    const mainThread = rewriteTraceToCpuTime(artifacts);
    // Audited with the settings it was gathered with: Lighthouse refuses any other.
    const cpuOnly = (await lighthouse(url, {...flags, auditMode: artifacts}, config)).lhr;
    return {...scores, cpuPerformance: Math.round(cpuOnly.categories.performance.score * 100), ...mainThread};
  } finally {
    rmSync(artifacts, {recursive: true, force: true});
  }
}

const buildSeconds = build();
const ours = await startServer(OURS, 4390);
const stock = await startServer(STOCK, 4391);
const bare = await startServer(BARE, 4392);
const browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS});
try {
  const rows = [];
  for (const [name, path, content] of PAGES) {
    const weight = await initialWeight(browser, `http://localhost:4390${path}`);
    const stockWeight = await initialWeight(browser, `http://localhost:4391${path}`);
    const bareWeight = await initialWeight(browser, `http://localhost:4392${path}`);
    rows.push({name, path, content, ...weight, stock: stockWeight, bare: bareWeight, ratio: weight.js / stockWeight.js});
  }
  const widget = await widgetChunk(browser, 'http://localhost:4390/check-and-link');
  const scores = [];
  const yardstick = [];
  for (const [name, path] of QUICK ? [] : LIGHTHOUSE_PAGES) {
    for (const formFactor of ['mobile', 'desktop']) {
      // On mobile the bare yardstick's page is measured in the same set, one run of each in
      // turn, so that both meet the same machine: what a plain Docusaurus page with the same
      // words scores here is the measure to read PAL Guide's score against.
      const withBare = formFactor === 'mobile';
      // One run first, not counted: the first load after the builds and the weight checks
      // meets cold caches and leftover CPU work on a small machine.
      await lighthouseScores(`http://localhost:4390${path}`, formFactor);
      if (withBare) await lighthouseScores(`http://localhost:4392${path}`, formFactor);
      const loadBefore = load();
      const runs = [];
      const bareRuns = [];
      for (let i = 0; i < RUNS; i += 1) {
        runs.push(await lighthouseScores(`http://localhost:4390${path}`, formFactor));
        if (withBare) bareRuns.push(await lighthouseScores(`http://localhost:4392${path}`, formFactor));
      }
      const pick = (id) => median(runs.map((r) => r[id]));
      const performance = runs.map((r) => r.performance);
      const cpu = formFactor === 'mobile' ? runs.map((r) => r.cpuPerformance) : null;
      scores.push({
        name,
        formFactor,
        performance: pick('performance'),
        spread: `${Math.min(...performance)}–${Math.max(...performance)}`,
        performanceRuns: performance.join(', '),
        timings: `${seconds(pick('fcp'))} / ${seconds(pick('lcp'))} / ${Math.round(pick('tbt'))} ms / ${seconds(pick('si'))}`,
        accessibility: pick('accessibility'),
        bestPractices: pick('best-practices'),
        seo: pick('seo'),
        load: `${loadBefore} → ${load()}`,
        cpu: cpu ? `${median(cpu)} (${cpu.join(', ')}); main thread ${pick('wallMs')} ms wall, ${pick('cpuMs')} ms CPU` : '',
      });
      if (withBare) yardstick.push({name, ours: runs, bare: bareRuns});
      console.log(`${name} ${formFactor}: ${performance.join(', ')}${cpu ? ` (CPU time: ${cpu.join(', ')})` : ''}${withBare ? ` (bare: ${bareRuns.map((r) => r.performance).join(', ')})` : ''} (load ${loadBefore} → ${load()})`);
    }
  }

  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} × ${cpus()[0]?.model?.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${CHROMIUM ? 'Debian Chromium' : 'Playwright Chromium'}`;
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${date} on ${machine} by \`npm run bench\` (live-mode build, served locally with gzip).`,
    '',
    '## Initial JavaScript and CSS (transferred, gzip), before any interaction',
    '',
    'Both yardsticks are built by the benchmark with this project\'s own dependencies and carry the same words on each page, without any of PAL Guide\'s code. *Stock* has the same configuration (classic preset, local search, client redirects); *bare* is the classic preset alone. Neither has Mermaid (PAL Guide renders its diagrams ahead of time), so there the diagrams are code blocks.',
    '',
    '| Page | JS | CSS | Stock JS | Ours / stock | Bare JS | Ours / bare | Azure code before interaction |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} (\`${r.path}\`) | ${kb(r.js)} | ${kb(r.css)} | ${kb(r.stock.js)} | ${r.ratio.toFixed(2)}x${r.content && r.ratio > CONTENT_RATIO_TARGET ? ' (over)' : ''} | ${kb(r.bare.js)} | ${(r.js / r.bare.js).toFixed(2)}x | ${r.azure ? 'YES' : 'no'} |`,
    ),
    '',
    `Content pages target: within ${CONTENT_RATIO_TARGET}x of stock initial JS. Understanding PAL, Terraform and Workload identities: at most ${CONTENT_RATIO_TARGET}x bare, plus what the page's own code needs (the code highlighter, a generator).`,
    '',
    '## Widget',
    '',
    `Async chunks loaded when the reader reaches for the widget: **${kb(widget)}** gzip (budget ${kb(WIDGET_BUDGET)}: ${widget < WIDGET_BUDGET ? 'met' : 'MISSED'}).`,
    '',
    `## Google Lighthouse (median of ${RUNS} runs, after one warm-up run)`,
    '',
    `Lighthouse simulates a slow device from what the browser measures, so the scores follow the CPU the browser gets: the last column is the machine's 1-minute load average before and after each set of runs (${cpus().length} cores). Timings are medians: first contentful paint / largest contentful paint / total blocking time / speed index.`,
    '',
    '| Page | Form factor | Performance | Spread | Every run | FCP / LCP / TBT / SI | Accessibility | Best practices | SEO | Load |',
    '|---|---|---:|---|---|---|---:|---:|---:|---|',
    ...scores.map(
      (s) =>
        `| ${s.name} | ${s.formFactor} | ${s.performance} | ${s.spread} | ${s.performanceRuns} | ${s.timings} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} | ${s.load} |`,
    ),
    '',
    '### Mobile performance with the CPU time the page used',
    '',
    'The same runs audited again after each main-thread task in the trace is given the CPU time it used instead of the wall time it took (`bench/cpuTimeTrace.mjs`): what the page scores when the renderer has a core to itself. A large gap to the score above means the machine was busy, not that the page got slower.',
    '',
    '| Page | Performance, CPU time (every run) |',
    '|---|---|',
    ...scores.filter((s) => s.cpu).map((s) => `| ${s.name} | ${s.cpu} |`),
    '',
    '### Mobile performance against plain Docusaurus',
    '',
    "The bare yardstick's page (the classic preset alone, the same words, none of PAL Guide's code) measured in the same sets of runs, one run of each in turn, so that both meet the same machine. The difference is what PAL Guide's own code costs or saves; the bare score is what a page of Docusaurus as it comes reaches on the same machine.",
    '',
    '| Page | PAL Guide (every run) | Bare Docusaurus (every run) | TBT, PAL Guide / bare | CPU-time score, PAL Guide / bare |',
    '|---|---|---|---|---|',
    ...yardstick.map(({name, ours, bare}) => {
      const column = (runs) => `${median(runs.map((r) => r.performance))} (${runs.map((r) => r.performance).join(', ')})`;
      const tbt = (runs) => Math.round(median(runs.map((r) => r.tbt)));
      const cpuScore = (runs) => median(runs.map((r) => r.cpuPerformance));
      return `| ${name} | ${column(ours)} | ${column(bare)} | ${tbt(ours)} / ${tbt(bare)} ms | ${cpuScore(ours)} / ${cpuScore(bare)} |`;
    }),
    '',
    'Targets: accessibility, best practices and SEO 100; performance at least 95 on mobile (median of the runs) and 100 on desktop.',
    '',
    '### What the mobile score depends on here',
    '',
    "Lighthouse's mobile run does not slow the browser down: it records the page loading at full speed and simulates a slow phone from that recording (Lantern), with a 150 ms round trip, 1.6 Mbit/s, and every main-thread task four times as long (twice for a task that lays the page out). Total blocking time adds up the part of each simulated task beyond 50 ms after the first paint, so the score follows the longest main-thread tasks on this machine: a 100 ms task here is 400 ms on the simulated phone, 350 ms of blocking time, and a task under 12.5 ms costs nothing. On these pages the tasks are: parsing, styling and laying out the HTML (Lantern's estimate of the first paint leaves out most of these tasks, so the first layout counts as blocking time); Docusaurus's start-up (six tasks of at most about 18 ms); hydrating the page (React renders it in slices of about 5 ms, but a page's whole article is rendered by one function, 10 to 20 ms); and the updates made once the page has hydrated. Lighthouse's trace records an event for every element styled and every layout object laid out, and the JavaScript stack of every style change, so traced work costs several times what it costs untraced, in proportion to the number of elements: Terraform's first layout took about 110 ms traced against about 25 ms untraced. Largest contentful paint is the first paragraph, painted from the HTML and the style sheet alone, about 1.1 s: a page's scripts are fetched only after its first contentful paint (README, Performance), so Lantern counts neither their download nor their start in it (1.9 to 2.7 s when they were fetched with the style sheet). On a machine with two cores the browser, Lighthouse and the server share them, so the wall time of a task is often twice its CPU time: the spread of the runs is wide, and the CPU-time table above is the steadier view.",
    '',
    "Where the blocking time came from, and what changed it (runs taken in turn with the page before each change, three to five of each). With the scripts fetched alongside the style sheet, Lantern's simulated connection was shared between them, so the style sheet, the first layout and everything after them came later in the full simulation than in its estimate of the first paint, and counted as blocking time; and the scripts' download and start counted in the largest paint. Fetching them after the first contentful paint took the mobile median of Understanding PAL from 86 to 95 (blocking time 434 to 273 ms, largest paint 2.5 to 1.1 s), Overview from 86 to 95, Check and link PAL from 85 to 95, Workload identities from 83 to 90 and Terraform from 81 to 82. On the code-heavy pages most of what was then left was the HTML's own style and layout, which grows with the number of elements in a traced load. A code block's line was a `<div>` ending in a `<br>`, and each punctuation mark a `<span>`: without them Terraform has 1,417 elements instead of 2,582 and Workload identities 1,102 instead of 2,106, and their medians went from 85 to 89 and from 86 to 91. The HTML's first layout took two to three times its CPU time in wall time, even with the browser alone on the machine: on a first visit the browser prepares each distinct font size, weight and style it meets (on Linux with a font lookup in the browser process each), and Understanding PAL used 15 of them, several differing by a fraction of a pixel (13.3, 14 and 14.4 px) or by weight (500 and 600 beside 700). With one small size (14 px) and two weights, 9 are left; its first layout went from about 100 to 75 ms of wall time (7 loads), and in runs taken in turn the mobile median went from 91 to 94 on Understanding PAL and from 92 to 95 on Workload identities (5 runs each). The HTML's first style and layout still counted in full, because the first layout Lantern finds (and keeps in its estimate of the first paint) is the empty document's; and on a long page that task styled and laid out the whole text, though the first screen shows a tenth of it or less. Blocks from the 20th on are now laid out when they come near the viewport (never on the first screen): under Lighthouse's trace the task that paints Terraform's first screen went from about 90 to 65 ms (CPU time 60 to 40 ms). On a phone Docusaurus also rendered the menu's drawer (every navbar item and the docs sidebar, hidden off-screen) right after hydration, a task of 15 to 30 ms with its style and layout; it is now rendered when the reader reaches for the menu button. With a busy core beside the browser (a second process spinning, which gives scores like those of a noisy run here), runs taken in turn (three of each) went from 93 to 98 on Understanding PAL and from 93 to 97 on Workload identities; Terraform's runs were within the spread (93 and 90). A busy machine still costs points: with one core kept busy (2026-12-03), five runs each gave medians of 89 on Terraform, 92 on Understanding PAL, 93 on Overview and 99 on Check and link PAL, and in another set, taken in turn with the bare page, Overview scored 99 against 81 and Understanding PAL 95 against 75. Most of what a busy machine stretches is the first screen's style and layout, whose cost follows the number of elements it styles: the same style sheet on a page of two elements takes about 10 ms of CPU time for its first frame, Overview's 270 rendered elements 35 to 40 ms. Two things that might have made it cheaper made no measurable difference: a style sheet cut to the rules a page uses (a third of them), and a one-name font list instead of Infima's list of fonts that mostly are not installed. What is left is the first screen's style and layout and the longest slices of hydration. The table of plain Docusaurus above shows what the same page scores with the framework as it comes.",
    '',
    'What PAL Guide does about it (README, Performance): blocks far down a page laid out when they come near the viewport (content-visibility: auto from the 20th block, never on the first screen; tests/e2e/deferred-rendering.spec.ts); the phone menu\'s drawer rendered when the reader reaches for the menu button; one type scale (a 14 px small size, regular and bold, upright code comments; tests/e2e/type-scale.spec.ts); each page\'s scripts are fetched and run once its first content has been painted, one a task; code block lines are text with a line feed, not a `<div>` and a `<br>` each, and tokens drawn like plain text (punctuation, operators) are text; Docusaurus starts in six short tasks rather than one; right after hydration nothing writes much in one commit (a generator\'s form is enabled by hand rather than rendered again, code blocks get their buttons one block per idle moment, `<details>` are the browser\'s own element without Docusaurus\'s collapse script); each page\'s HTML names its route\'s scripts (the main script no longer inserts them as it starts); code blocks decide on the word-wrap button when a ResizeObserver reports them, after layout, rather than forcing a layout each right after hydration (a closed `<details>` made Chromium lay out its hidden contents: 650 ms of forced style work in one task on Terraform); the updates Docusaurus makes right after hydration ("is browser", the window size) are transitions, rendered in slices; no Prism while hydrating (the server\'s highlighted code blocks are kept as they are; the highlighter loads only when a block must be drawn in the browser); code colours in CSS rather than a style attribute per token; no collation data (`localeCompare`) or `Intl.DateTimeFormat` while hydrating; no remount of tabs and code blocks after hydration; link prefetching in idle time; Azure code only in chunks that widgets load when used.',
    '',
    '## Build',
    '',
    `Production build with \`@docusaurus/faster\`: **${buildSeconds.again.toFixed(1)} s** with Rspack's persistent cache (\`node_modules/.cache/rspack\`); the first build of this run took ${buildSeconds.first.toFixed(1)} s, ${buildSeconds.hadCache ? 'with the cache already there' : 'without a cache, as after a fresh `npm ci`'}.`,
    '',
  ];
  writeFileSync(join(ROOT, 'bench/results.md'), `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}`);
} finally {
  await browser.close();
  ours.close();
  stock.close();
  bare.close();
}
