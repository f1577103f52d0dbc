/**
 * The idea map (idea-map.ts) from the content collections, at build time:
 * served as team-ideas.json for the team board.
 */
import { getCollection } from 'astro:content';
import { getCourse } from '../../utils/course';
import { buildIdeaMap, type IdeaInfo } from '../idea-map';

export async function getIdeaMap(): Promise<IdeaInfo[]> {
  const [course, ideas, quizzes] = await Promise.all([getCourse(), getCollection('ideas'), getCollection('quizzes')]);
  return buildIdeaMap({
    ideas: ideas.map((i) => ({ id: i.id, text: i.data.text })),
    lessons: course.lessons.map((l) => ({ title: l.entry.data.title, url: l.url, objectives: l.entry.data.objectives })),
    questions: quizzes.flatMap((q) => q.data.questions.map((x) => ({ id: x.id, objectives: x.objectives }))),
  });
}
