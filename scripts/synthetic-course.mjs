// @ts-check
// Writes a made-up course of any size, shaped like the real one (modules,
// lessons of about the real length with headings, lists and a call
// transcript, a quiz in every fifth lesson, two pages, one idea), for
// measuring how the build and the pages scale. It goes to a temporary folder
// and is never committed; build it with WARM_OPEN_CONTENT=<dir>.
//   node scripts/synthetic-course.mjs <dir> <lessons> [lessonsPerModule]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Small seeded generator (mulberry32): the same course every time. @param {number} seed */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'call prospect rep office week morning question answer listen pause reason team line desk name company day plan time ' +
  'note number message manager front reception greeting follow quick clear short real simple honest calm careful ' +
  'useful specific open steady friendly direct patient ready next first last small plain warm polite good better'
).split(' ');

/** @param {() => number} rnd @param {number} count */
function words(rnd, count) {
  return Array.from({ length: count }, () => WORDS[Math.floor(rnd() * WORDS.length)]).join(' ');
}
/** @param {() => number} rnd */
function sentence(rnd, min = 8, max = 18) {
  const text = words(rnd, min + Math.floor(rnd() * (max - min)));
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}
/** @param {() => number} rnd */
function paragraph(rnd, sentences = 4) {
  return Array.from({ length: sentences }, () => sentence(rnd)).join(' ');
}
const title = (/** @type {() => number} */ rnd) => {
  const text = words(rnd, 3 + Math.floor(rnd() * 3));
  return `${text[0]?.toUpperCase()}${text.slice(1)}`;
};
const pad = (/** @type {number} */ n, /** @type {number} */ width) => String(n).padStart(width, '0');

/** The MDX of one lesson, about 6 KB like the real ones. @param {{ rnd: () => number, moduleId: string, order: number, number: number, quizId: string | undefined }} lesson */
function lessonMdx({ rnd, moduleId, order, number, quizId }) {
  const lines = Array.from({ length: 6 }, (_, i) => `<Line who="${i % 2 ? 'Alex (prospect)' : 'Sam (rep)'}">${sentence(rnd, 6, 14)}</Line>`);
  return `---
title: "Lesson ${number}: ${title(rnd)}"
description: ${sentence(rnd, 14, 22)}
module: ${moduleId}
order: ${order}
minutes: ${4 + (number % 6)}
objectives:
  - id: objective-${number}-a
    text: ${sentence(rnd)}
    ideas: [O1]
  - id: objective-${number}-b
    text: ${sentence(rnd)}
    ideas: [O1]
sources: [opener]
---

${paragraph(rnd, 5)}

${paragraph(rnd, 4)}

## The idea

${paragraph(rnd, 5)}

1. **${title(rnd)}.** ${sentence(rnd)} ${sentence(rnd)}
2. **${title(rnd)}.** ${sentence(rnd)} ${sentence(rnd)}
3. **${title(rnd)}.** ${sentence(rnd)} ${sentence(rnd)}

${paragraph(rnd, 4)}

### ${title(rnd)}

- **${title(rnd)}:** ${sentence(rnd)}
- **${title(rnd)}:** ${sentence(rnd)}
- **${title(rnd)}:** ${sentence(rnd)}
- **${title(rnd)}:** ${sentence(rnd)}

${paragraph(rnd, 4)}

## Worked example

<Transcript title="${title(rnd)}">
${lines.slice(0, 3).join('\n')}
<Cue>pause</Cue>
${lines.slice(3).join('\n')}
</Transcript>

${paragraph(rnd, 5)}

### ${title(rnd)}

${paragraph(rnd, 5)}

${paragraph(rnd, 5)}
${quizId ? `\n## Practice\n\n<Quiz id="${quizId}" />\n` : ''}`;
}

/** A two-question practice quiz (choice and order) on the lesson's objectives. @param {{ rnd: () => number, quizId: string, number: number }} quiz */
function quizYaml({ rnd, quizId, number }) {
  const options = [0, 1, 2].map(
    (i) => `      - { id: ${'abc'[i]}, text: "${sentence(rnd, 5, 9)}", ${i === 1 ? 'correct: true, ' : ''}feedback: "${sentence(rnd, 6, 10)}" }`,
  );
  const items = [0, 1, 2, 3].map((i) => `      - { id: ${'abcd'[i]}, text: "${sentence(rnd, 4, 8)}" }`);
  return `version: 2
title: Practice
questions:
  - id: ${quizId}-choice
    kind: choice
    prompt: "${sentence(rnd)}"
    objectives: [objective-${number}-a]
    explanation: "${sentence(rnd)}"
    options:
${options.join('\n')}
  - id: ${quizId}-order
    kind: order
    prompt: "${sentence(rnd)}"
    objectives: [objective-${number}-b]
    explanation: "${sentence(rnd)}"
    items:
${items.join('\n')}
`;
}

/**
 * Writes the course into `dir` (content/ layout: modules, lessons, quizzes, pages, ideas.yaml).
 * @param {string} dir
 * @param {{ lessons: number, lessonsPerModule?: number, quizEvery?: number, seed?: number }} options
 * @returns {{ modules: number, lessons: number, quizzes: number, lessonsPerModule: number }}
 */
export function writeSyntheticCourse(dir, { lessons, lessonsPerModule = 25, quizEvery = 5, seed = 1 }) {
  const rnd = random(seed);
  const moduleCount = Math.ceil(lessons / lessonsPerModule);
  for (const sub of ['modules', 'lessons', 'quizzes', 'pages']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(
    join(dir, 'ideas.yaml'),
    '# One idea, so objectives have something to cover.\nO1: { source: opener, text: A synthetic idea for benchmarks. }\n',
  );
  let number = 0;
  let quizzes = 0;
  for (let m = 1; m <= moduleCount; m++) {
    const moduleId = `m${pad(m, 3)}`;
    writeFileSync(join(dir, 'modules', `${moduleId}.yaml`), `title: "Module ${m}: ${title(rnd)}"\nsummary: "${sentence(rnd)}"\norder: ${m}\n`);
    const folder = join(dir, 'lessons', `${pad(m, 3)}-${moduleId}`);
    mkdirSync(folder, { recursive: true });
    for (let order = 1; order <= lessonsPerModule && number < lessons; order++) {
      number++;
      const quizId = number % quizEvery === 0 ? `quiz-${number}` : undefined;
      if (quizId) {
        writeFileSync(join(dir, 'quizzes', `${quizId}.yaml`), quizYaml({ rnd, quizId, number }));
        quizzes++;
      }
      writeFileSync(join(folder, `${pad(order, 3)}-lesson-${number}.mdx`), lessonMdx({ rnd, moduleId, order, number, quizId }));
    }
  }
  writeFileSync(
    join(dir, 'pages', 'start.mdx'),
    `---\ntitle: Start here\ndescription: ${sentence(rnd)}\nkind: guide\norder: 1\n---\n\n${paragraph(rnd, 6)}\n\n## How it works\n\n${paragraph(rnd, 6)}\n`,
  );
  writeFileSync(
    join(dir, 'pages', 'glossary.mdx'),
    `---\ntitle: Glossary\ndescription: ${sentence(rnd)}\nkind: glossary\norder: 2\n---\n\n${Array.from({ length: 12 }, () => `## ${title(rnd)}\n\n${paragraph(rnd, 2)}\n`).join('\n')}`,
  );
  return { modules: moduleCount, lessons: number, quizzes, lessonsPerModule };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count, perModule] = process.argv.slice(2);
  if (!dir || !count || !(Number(count) > 0)) {
    console.error('usage: node scripts/synthetic-course.mjs <dir> <lessons> [lessonsPerModule]');
    process.exit(2);
  }
  const made = writeSyntheticCourse(dir, { lessons: Number(count), ...(perModule ? { lessonsPerModule: Number(perModule) } : {}) });
  console.log(`Wrote ${made.lessons} lessons in ${made.modules} modules (${made.quizzes} with a quiz) to ${dir}`);
}
