/**
 * Zod for the progress files and links, set up for this site's CSP: Zod 4
 * probes for eval (new Function) to speed up parsing, and a strict CSP reports
 * that probe as a violation even though Zod catches it. jitless skips the probe.
 * The setting is global, so the quiz engine's schemas parse without it too.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
