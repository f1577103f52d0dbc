// A page's own scripts (AfterPaint.astro: quizzes, the progress pages, the
// search page) start once the page has painted, a frame and then a task from
// now, so no script request ever holds up what the learner first sees. A
// page opened in a background tab paints nothing until shown: there they
// start at once.
import { mount } from '../components/mount-template';

const start = () => document.querySelectorAll<HTMLTemplateElement>('template[data-after-paint]').forEach((t) => mount(t));
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start));
