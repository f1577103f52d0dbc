// What every page runs, and the only script written inline into it
// (BaseLayout.astro, bundled by src/integrations/inline-script.mjs): the phone
// menu, the theme choice, the search opener, the progress tracker, and the
// start of the page's own scripts once it has painted (after-paint.ts).
// Every page gets this same script, so a lesson paints as fast as any other
// page; anything more waits in an <AfterPaint> template.
//
// The tracker is here on every page, quiz pages included (their recorder,
// after paint, keeps its own copy of the store code). Measured at issue 17
// (brotli 11): this script is 2,226 B (5,409 raw), 1,367 B of it the tracker.
// Loaded after paint instead, Rolldown split the tracker into four requests
// (an entry facade, the tracker, two chunks it shares with the progress
// pages), each with its headers, and the count and Resume would change after
// the page had painted. Plain pages: 2,332 B of
// JavaScript (BUDGETS.plainPageJs); quiz lessons grew about 500 B over the
// wire (the largest 27,904 B of 30,000).
import './course-menu';
import './course-theme';
import '../search/browser/search-opener';
import '../components/progress/tracker';
import './after-paint';
