// Loads Pagefind's browser bundle from the built site, once, on first use.
// Written by the build (src/integrations/pagefind.mjs), so it is imported by URL.
import type { PagefindModule } from '../pagefind-types';
import { href } from '../../utils/url';

let loading: Promise<PagefindModule> | undefined;

export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as PagefindModule;
    await pagefind.options({
      // Explicit: Pagefind cannot detect the bundle path from a module import under a sub-path.
      basePath: href('pagefind/'),
      baseUrl: href(),
      noWorker: true,
      highlightParam: 'highlight',
      excerptLength: 24,
      excerptEllipsis: '…',
    });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline) is retried on the next search rather than cached.
  loading.catch(() => (loading = undefined));
  return loading;
}
