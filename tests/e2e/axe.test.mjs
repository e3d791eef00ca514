// Accessible at every width (issue 9): axe-core (WCAG 2.1 A and AA, and its best
// practices) finds nothing on the planner at desktop width, in dark mode and at 360 px,
// in Chromium and Firefox: on a first visit, with a full plan and every "If this step
// fails" open, and with input errors showing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { label, nth } from '../support/query.mjs';
import { eachBrowser, served } from '../support/suite.mjs';
import { DIST, SEED_QUERY, axeViolations, remediesShown, withPlanner } from './app-helpers.mjs';

// By colour scheme, the browser's setting at launch (Firefox takes it only then): the
// light looks share one browser.
const LOOKS = {
  light: [
    { look: 'desktop', viewport: { width: 1280, height: 900 } },
    { look: '360 px', viewport: { width: 360, height: 780 } },
  ],
  dark: [{ look: 'dark mode', viewport: { width: 1280, height: 900 } }],
};

const server = served({ root: DIST });

/** Opens the planner at `query` in `viewport`, runs `prepare`, and returns axe's findings. */
function violations(browser, viewport, query, prepare = async () => {}) {
  return withPlanner(browser, server.url, { query }, async ({ page }) => {
    await page.setViewport(viewport);
    await prepare(page);
    return axeViolations(page);
  });
}

for (const [colorScheme, looks] of Object.entries(LOOKS)) {
  eachBrowser({ launchOptions: { colorScheme }, title: (name) => `${name}, ${colorScheme}` }, (suite) => {
    for (const { look, viewport } of looks) {
      describe(look, () => {
        test('a first visit', async () => {
          assert.deepEqual(await violations(suite.browser, viewport, ''), []);
        });

        test('a full plan with every "If this step fails" open', async () => {
          const found = await violations(suite.browser, viewport, SEED_QUERY, async (page) => {
            const opened = await page.$$eval('details', (all) => {
              for (const details of all) details.open = true;
              return all.length;
            });
            assert.ok(opened > 0, 'the plan has details to open');
            await remediesShown(page);
          });
          assert.deepEqual(found, []);
        });

        test('input errors showing', async () => {
          const found = await violations(suite.browser, viewport, SEED_QUERY, async (page) => {
            const name = await nth(page, label('Cluster name'), 0);
            await name.asLocator().fill('Bad_Name!');
            await name.dispose();
            await page.waitForSelector('[aria-invalid="true"]');
          });
          assert.deepEqual(found, []);
        });
      });
    }
  });
}
