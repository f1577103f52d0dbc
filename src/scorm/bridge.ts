/**
 * Runs on every course page of the SCORM build only (ScormBridge.astro, in
 * BaseLayout's <head>, so before the other page scripts). Course pages never
 * talk to the LMS: the launch page does (launch/launcher.ts). This script:
 *
 * - keeps links made in the browser working inside the package
 *   (package-links.ts), as they are added;
 * - inside the launch page, puts the storage the launch page lends in place
 *   of the page's localStorage: this activity's own view of it, or the launch
 *   page's memory when the browser refuses localStorage, or a copy in memory
 *   in review (host.ts). Outside a launch page it changes nothing;
 * - inside the launch page, tells it when progress changed (the recorder's
 *   event) and when the page goes, besides the storage events it gets;
 * - marks <html data-sound="off"> when the LMS has the learner's sound off
 *   (cmi5's audioPreference), so the spoken drill reads nothing aloud.
 */
import { PROGRESS_CHANGED } from '../progress/browser/events';
import type { ScormHost } from './host';
import { HOST_KEY } from './host';
import { ROOT_ATTRIBUTE } from './package-base';
import { packageHref } from './package-links';

const root = new URL(document.documentElement.getAttribute(ROOT_ATTRIBUTE) ?? './', location.href);

function findHost(): ScormHost | undefined {
  try {
    return parent !== window ? ((parent as unknown as Record<string, ScormHost | undefined>)[HOST_KEY] ?? undefined) : undefined;
  } catch {
    return undefined; // a parent of another origin: not our launch page
  }
}

const host = findHost();
const lent = host?.storage;
// Before the page's own scripts read it: this runs first in <head> (BaseLayout).
if (lent) Object.defineProperty(window, 'localStorage', { configurable: true, value: lent });

if (host) {
  if (host.sound === 'off') document.documentElement.dataset['sound'] = 'off';
  document.addEventListener(PROGRESS_CHANGED, () => host.changed());
  addEventListener('pagehide', () => host.changed());
}

function fix(link: Element) {
  const raw = link.getAttribute('href');
  const fixed = raw === null ? undefined : packageHref(raw, new URL(location.href), root);
  if (fixed) link.setAttribute('href', fixed);
}

new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'attributes' && (record.target as Element).matches('a')) fix(record.target as Element);
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.matches('a[href]')) fix(node);
      for (const link of node.querySelectorAll('a[href]')) fix(link);
    }
  }
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['href'] });
