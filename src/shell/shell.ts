// What every page runs, written inline into it (BaseLayout.astro, bundled by
// src/integrations/inline-script.mjs): the phone menu, the theme choice, the
// search opener, and the start of the page's own scripts once it has painted
// (after-paint.ts). Every page gets it, so a lesson paints as fast as any
// other page; anything more waits in an <AfterPaint> template, except the
// progress tracker on pages without questions (shell-with-tracker.ts).
import './course-menu';
import './course-theme';
import '../search/browser/search-opener';
import './after-paint';
