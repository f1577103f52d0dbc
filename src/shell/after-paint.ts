// A page's own scripts (AfterPaint.astro: quizzes, the progress pages, the
// search page) start once its first paint is on screen, so no script, nor
// the work it sets off, ever holds up what the learner first sees. The
// browser's paint timing says when that is (a frame callback comes before
// the paint is shown, and a timer after it can still beat it on a slow
// phone). A page opened in a background tab paints nothing until shown:
// there they start at once. Firefox reports no paint for a page opened at a
// #fragment (a search result, a "try again" link): there the first frame and
// a task after it, which every engine runs once that frame is painted, start
// them. A browser that reports no paint at all gets a timer.
import { mount } from './mount-template';

// Safe to call again (each of these may fire): a template leaves the page once mounted.
const start = () => document.querySelectorAll<HTMLTemplateElement>('template[data-after-paint]').forEach((t) => mount(t));
if (document.visibilityState === 'hidden') start();
else {
  setTimeout(start, 1500);
  new PerformanceObserver(start).observe({ type: 'paint', buffered: true });
  if (location.hash) requestAnimationFrame(() => setTimeout(start));
}
