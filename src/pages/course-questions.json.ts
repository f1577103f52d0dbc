// Every quiz's questions with their answers, for re-scoring reports on the Check a report page.
import type { APIRoute } from 'astro';
import { getQuestionBank } from '../progress/build/course-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getQuestionBank()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
