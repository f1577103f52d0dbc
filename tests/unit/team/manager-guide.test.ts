// Issue 20: the manager guide's rubrics are the course's own (rewrite
// checklists in content/quizzes), and every idea has coaching notes, since
// the team board links each of the team's weakest ideas to them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QuizSchema } from '../../../src/quiz/schema';
import { contentRoot, readIdeas } from '../content/load-content';
import { parse } from 'yaml';

const guide = readFileSync(join(contentRoot, 'pages/manager-guide.mdx'), 'utf8');

describe('the manager guide', () => {
  it('has a coaching note for every idea, once', () => {
    const noted = [...guide.matchAll(/<CoachingNote idea="([A-Z]\d+)">/g)].map((m) => m[1]);
    expect(noted.sort()).toEqual(Object.keys(readIdeas()).sort());
  });

  it("scores role-plays with the course's rewrite checklists", () => {
    const rubrics = [...guide.matchAll(/<RoleplayRubric quiz="([a-z0-9-]+)" question="([a-z0-9-]+)"/g)];
    expect(rubrics.map((m) => m[2])).toEqual(['face-to-face-test-rewrite', 'last-resort-voicemail-rewrite']);
    for (const [, quiz, question] of rubrics) {
      const data = QuizSchema.parse(parse(readFileSync(join(contentRoot, `quizzes/${quiz}.yaml`), 'utf8')));
      const found = data.questions.find((q) => q.id === question);
      expect(found?.kind, `${quiz}/${question}`).toBe('rewrite');
    }
  });

  it('offers role-plays at three levels', () => {
    expect([...guide.matchAll(/^### (Easy|Realistic|Tough):/gm)].map((m) => m[1])).toEqual(['Easy', 'Realistic', 'Tough']);
  });
});
