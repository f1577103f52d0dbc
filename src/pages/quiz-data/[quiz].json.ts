// One quiz's questions for the browser views (options, feedback, answers; not
// the words the page already shows: src/quiz/page-text.ts), kept out of the
// lesson's HTML so the document a lesson needs before its first paint holds
// the lesson text and the no-JavaScript answers only. The questions fetch it
// when they near the viewport (src/quiz/browser/quiz-data.ts); Question.astro
// writes its URL.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { withoutPageText } from '../../quiz/page-text';

export const getStaticPaths = (async () =>
  (await getCollection('quizzes')).map((entry) => ({ params: { quiz: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'quizzes'> }> = ({ props }) =>
  new Response(JSON.stringify({ questions: props.entry.data.questions.map(withoutPageText) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
