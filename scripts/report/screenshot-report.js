// Opens report.html in headless Debian Chromium, opens the statements of the first law of "Most criticised laws" and
// saves a screenshot of that table's top. Environment: REPORT (the html file), OUT (png), CHROMIUM.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const need = (name) => {
  const value = process.env[name];
  if (!value) { throw new Error(`${name} is not set`); }
  return value;
};

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 2 });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    const url = 'file://' + path.resolve(need('REPORT'));
    await page.goto(url, { waitUntil: 'networkidle' });
    const law = page.locator('details.evidence').first();
    await law.locator('summary').click();
    const statements = await law.locator('li.statement').count();
    // From the laws table's heading to the fourth statement of the opened law.
    const heading = page.locator('h2', { hasText: 'Most criticised laws' }).first();
    const top = (await heading.boundingBox()).y;
    const last = law.locator('li.statement').nth(Math.min(3, statements - 1));
    const bottom = (await last.boundingBox()).y + (await last.boundingBox()).height + 4;
    await page.screenshot({ path: need('OUT'), clip: { x: 0, y: top - 8, width: 1200, height: bottom - top + 8 }, fullPage: true });
    const outside = requests.filter((r) => r !== url);
    if (outside.length > 0) { throw new Error(`the page asked for ${outside.join(', ')}`); }
    console.log(`screenshot: ${need('OUT')} (${statements} statements of the first law opened)`);
  } finally {
    await browser.close();
  }
})().catch((e) => {
  console.error(`screenshot-report: ${e.message}`);
  process.exit(1);
});
