// What every browser test file shares: the local stack's URL, axe-core's source, and one Debian
// Chromium per file, started quietly (no background networking: this machine's network is closed).
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const base = process.env.BROADSHEET_URL;
const quiet = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Registers the file's before/after hooks; the returned function gives the running browser. */
export function useChromium() {
  let browser;
  before(async () => {
    assert.ok(base, 'set BROADSHEET_URL to a running local stack');
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: quiet });
  });
  after(async () => browser?.close());
  return () => browser;
}
