// What every page runs: the phone menu, the theme choice, the search opener,
// and the start of the page's own scripts once it has painted. Bundled on its
// own and written inline into each page (BaseLayout.astro), so no script
// request can delay the first paint. Pages without questions add the
// progress tracker (shell-with-tracker.ts); pages with questions get it with
// the recorder, which needs the same store code, after paint.
import '../components/course-menu';
import '../components/course-theme';
import '../components/search/search-opener';
import './after-paint';
