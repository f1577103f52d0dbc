// The course as progress sees it (src/progress/course-index.ts), for the pages that need it in the browser.
import type { APIRoute } from 'astro';
import { getCourseIndex } from '../progress/build/course-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getCourseIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
