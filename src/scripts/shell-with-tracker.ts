// The shell (shell.ts) plus the progress tracker, for pages without
// questions: the header count, completed marks and visits need no other code.
import './shell';
import '../components/progress/tracker';
