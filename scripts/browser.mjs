// Which Chromium to drive. Playwright's own browser where installed; else the
// system one (Debian's /usr/bin/chromium, or the path in CHROMIUM_PATH).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function systemChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p));
}

function bundledChromium() {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Launch options for Playwright's chromium.launch and for playwright.config. */
export function browserLaunchOptions() {
  // An explicit CHROMIUM_PATH wins; Playwright's own browser needs no path.
  const executablePath = process.env.CHROMIUM_PATH || (bundledChromium() ? undefined : systemChromium());
  return {
    ...(executablePath ? { executablePath } : {}),
    // Without these Chromium floods a closed network with update and sync requests.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  };
}
