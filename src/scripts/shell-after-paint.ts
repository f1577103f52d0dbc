// The shell and the start of the page's own scripts once it has painted, for
// pages with questions: their recorder, started then, brings the tracker
// with the store code it shares.
import './shell';
import './after-paint';
