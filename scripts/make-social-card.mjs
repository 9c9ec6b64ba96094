// Renders static/img/social-card.jpg (1200×630) from HTML with the test browser. Run by hand
// when the card's wording changes: node scripts/make-social-card.mjs
import {existsSync, readFileSync} from 'node:fs';
import {chromium} from '@playwright/test';

const logo = readFileSync(new URL('../static/img/logo.svg', import.meta.url), 'utf8');
const html = `<!doctype html><html><body style="margin:0">
<div style="width:1200px;height:630px;box-sizing:border-box;padding:80px;background:linear-gradient(135deg,#0b5cad,#06376a);
  color:#fff;font-family:'DejaVu Sans',Arial,sans-serif;display:flex;flex-direction:column;justify-content:space-between">
  <div style="display:flex;align-items:center;gap:28px"><div style="width:110px;height:110px">${logo}</div>
    <div style="font-size:64px;font-weight:700">PAL Guide</div></div>
  <div style="font-size:46px;line-height:1.25;font-weight:600">Get Partner Admin Link right:<br>the right identity, the right tenant,<br>a role that counts.</div>
  <div style="font-size:28px;opacity:.9">Check and fix your PAL from the page · every tenant at once</div>
</div></body></html>`;

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({executablePath, args: ['--no-sandbox', '--disable-gpu']});
const page = await browser.newPage({viewport: {width: 1200, height: 630}});
await page.setContent(html);
await page.screenshot({path: new URL('../static/img/social-card.jpg', import.meta.url).pathname, type: 'jpeg', quality: 88});
await browser.close();
console.log('Wrote static/img/social-card.jpg');
