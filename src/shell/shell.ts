// What every page runs, and the only script written inline into it
// (BaseLayout.astro, bundled by src/integrations/inline-script.mjs): the phone
// menu, the theme choice, the search opener, the progress tracker, and the
// start of the page's own scripts once it has painted (after-paint.ts).
// Every page gets this same script, so a lesson paints as fast as any other
// page; anything more waits in an <AfterPaint> template.
//
// TRACKER_FIGURES
import './course-menu';
import './course-theme';
import '../search/browser/search-opener';
import '../components/progress/tracker';
import './after-paint';
