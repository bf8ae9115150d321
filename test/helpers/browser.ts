/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
 * (Playwright's own browser download is not available here). A fresh profile per run, and the
 * flags that stop Chromium's background connections (refused on a closed network). Returns null
 * when Chromium is absent, so tests skip with BROWSER_SKIP.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
export const BROWSER_SKIP = `${CHROMIUM} is absent (install Debian's chromium package to run the browser tests)`;

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser | null> {
  if (!existsSync(CHROMIUM)) return null;
  const profile = mkdtempSync(path.join(tmpdir(), 'parallax-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 } });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
