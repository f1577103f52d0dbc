// The shell plus the progress tracker, for pages with no scripts of their
// own: the header count, completed marks and visits need no other code.
import './shell';
import '../progress/browser/tracker';
