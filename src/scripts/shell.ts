// What every page runs: the phone menu, the theme choice and the search
// opener. Bundled on its own and written inline into each page
// (BaseLayout.astro), so no script request can delay the first paint. Each
// page gets one of the entries that add to it, and so carries only the code
// it uses:
//   shell-tracker.ts              pages with no scripts of their own
//   shell-tracker-after-paint.ts  pages with their own scripts but no questions
//   shell-after-paint.ts          pages with questions (the recorder brings the tracker)
import '../components/course-menu';
import '../components/course-theme';
import '../components/search/search-opener';
