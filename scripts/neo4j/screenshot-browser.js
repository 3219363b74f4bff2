// Drives Neo4j Browser (the one Neo4j 3.1 serves at /browser/) in headless Chromium: logs in over Bolt, applies a
// grass style with ":style <grass>", runs a query, and saves a screenshot of the graph view.
// Environment: BROWSER_URL, NEO4J_USERNAME, NEO4J_PASSWORD, GRASS (file), QUERY (Cypher text), OUT (png), CHROMIUM.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const puppeteer = require('puppeteer-core');

const need = (name) => {
  const value = process.env[name];
  if (!value) { throw new Error(`${name} is not set`); }
  return value;
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Runs a Browser command as if typed into the editor and played (Browser 2.0's own Frame service).
const play = (page, input) => page.evaluate((text) => {
  const injector = window.angular.element(document.body).injector();
  injector.get('$rootScope').$apply(() => injector.get('Frame').create({ input: text }));
}, input);

(async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'upr-graph-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, '--window-size=1400,900'],
    defaultViewport: { width: 1400, height: 900, deviceScaleFactor: 2 },
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
    await page.goto(need('BROWSER_URL'), { waitUntil: 'networkidle2', timeout: 60000 });

    // The ":server connect" frame: user name, password, Connect (the Browser logs in over Bolt).
    await page.waitForSelector('#connect_password', { visible: true, timeout: 30000 });
    const user = await page.$('input[ng-model="username"]');
    await user.click({ clickCount: 3 });
    await user.type(process.env.NEO4J_USERNAME || 'neo4j');
    await page.type('#connect_password', need('NEO4J_PASSWORD'));
    await page.click('#connect_button');
    await page.waitForFunction(
      () => !Array.from(document.querySelectorAll('#connect_password')).some((e) => e.offsetParent !== null),
      { timeout: 30000 });

    await play(page, ':style ' + fs.readFileSync(need('GRASS'), 'utf8'));
    await sleep(500);
    // Keep only the query's frame on screen.
    await page.evaluate(() => {
      const injector = window.angular.element(document.body).injector();
      const frames = injector.get('Frame');
      injector.get('$rootScope').$apply(() => frames.reset());
    });
    await play(page, need('QUERY'));
    await page.waitForSelector('svg g.node', { timeout: 60000 });
    await sleep(6000); // let the force layout settle
    // The frame is short: scale the drawing so the whole graph fits in it (what zooming out by hand does).
    await page.evaluate(() => {
      const layer = document.querySelector('svg g.node').parentNode;
      const container = layer.parentNode;
      const svgElement = layer.ownerSVGElement;
      const holder = svgElement.parentElement.getBoundingClientRect();
      const box = container.getBBox();
      const ctm = container.parentNode.getScreenCTM();
      const scale = Math.min(1, 0.9 * Math.min(holder.width / box.width, holder.height / box.height));
      // The holder's centre in the parent group's coordinates.
      const cx = (holder.x + holder.width / 2 - ctm.e) / ctm.a;
      const cy = (holder.y + holder.height / 2 - ctm.f) / ctm.d;
      const x = cx - (box.x + box.width / 2) * scale;
      const y = cy - (box.y + box.height / 2) * scale;
      container.setAttribute('transform', `translate(${x},${y}) scale(${scale})`);
    });
    await sleep(500);
    const nodes = await page.$$eval('svg g.node', (e) => e.length);
    const relationships = await page.$$eval('svg g.relationship', (e) => e.length);
    // Only the query's frame: the legend of labels and types, the graph and its status line.
    const frame = await page.evaluate(() => {
      let element = document.querySelector('svg g.node').ownerSVGElement;
      while (element && !(element.classList && element.classList.contains('outer'))) { element = element.parentElement; }
      const r = (element || document.body).getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
    await page.screenshot({ path: need('OUT'), clip: frame });
    console.log(`screenshot: ${need('OUT')} (${nodes} nodes, ${relationships} relationships drawn)`);
  } finally {
    await browser.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
})().catch((e) => {
  console.error(`screenshot-browser: ${e.message}`);
  process.exit(1);
});
