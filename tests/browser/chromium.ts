// Debian's Chromium, driven by playwright-core; no test tool downloads a browser of its own.
import { chromium, type Browser } from 'playwright-core';

/** Where Debian installs Chromium; .ci/run installs it. */
export const CHROMIUM = process.env['OPCC_CHROMIUM'] ?? '/usr/bin/chromium';

/** Starts headless Chromium with networking noise switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}
