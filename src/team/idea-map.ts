/**
 * Which questions assess which idea of content/ideas.yaml, for the team
 * board's "weakest ideas": a question names the objectives it assesses, and a
 * lesson's objective names the ideas it covers. Built at build time from the
 * collections (build/ideas-data.ts) and served as team-ideas.json:
 *
 *   { "ideas": [{ "id": "O6", "text": "Step 1: connect…", "lesson": { "title": "…", "url": "/course/openers/connect-first/" },
 *                 "questions": ["connect-first-pause", …] }] }
 *
 * Plain data in and out, so it is tested without Astro.
 */

export interface IdeaInfo {
  id: string;
  text: string;
  /** The first lesson, in course order, with an objective covering the idea. */
  lesson?: { title: string; url: string };
  /** Every question, practice or assessment, that assesses one of those objectives. */
  questions: string[];
}

export interface IdeaSources {
  ideas: { id: string; text: string }[];
  /** In course order. */
  lessons: { title: string; url: string; objectives: { id: string; ideas: string[] }[] }[];
  questions: { id: string; objectives: string[] }[];
}

export function buildIdeaMap({ ideas, lessons, questions }: IdeaSources): IdeaInfo[] {
  return ideas.map((idea) => {
    const objectives = new Set(lessons.flatMap((l) => l.objectives.filter((o) => o.ideas.includes(idea.id)).map((o) => o.id)));
    const lesson = lessons.find((l) => l.objectives.some((o) => o.ideas.includes(idea.id)));
    return {
      id: idea.id,
      text: idea.text,
      ...(lesson ? { lesson: { title: lesson.title, url: lesson.url } } : {}),
      questions: [...new Set(questions.filter((q) => q.objectives.some((o) => objectives.has(o))).map((q) => q.id))],
    };
  });
}

/** The anchor of an idea's coaching notes in the manager guide ("#coach-o6"). */
export const coachingAnchor = (ideaId: string): string => `coach-${ideaId.toLowerCase()}`;
