// The shell, the progress tracker, and the start of the page's own scripts
// once it has painted: the progress pages and the search page.
import './shell';
import '../progress/browser/tracker';
import './after-paint';
