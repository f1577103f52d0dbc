/**
 * The lists of pages beside the modules, in the outline and on the home page:
 * around the course, for managers, tools. Content pages name their group in
 * frontmatter (PageSchema's `group`); the tool pages built in src/pages (the
 * team board, the call planner) are listed here, after their group's content.
 */
import type { Course } from './course';
import { href } from './url';

export type PageGroup = 'course' | 'managers' | 'tools';

export const GROUP_TITLES: Record<PageGroup, string> = { course: 'Around the course', managers: 'For managers', tools: 'Tools' };

/** Pages written in src/pages rather than content/pages. */
const BUILT_PAGES: { group: PageGroup; title: string; path: string; description: string }[] = [
  {
    group: 'managers',
    title: 'Team board',
    path: 'team/',
    description: "Drop your trainees' report files and see the whole team: who is done, who is overdue, and which ideas to coach.",
  },
  {
    group: 'tools',
    title: 'Call-planning worksheet',
    path: 'call-planner/',
    description: 'Plan one call before you dial: who, what they care about, your reason in their words, one easy question, the receptionist and the voicemail.',
  },
];

export interface GroupLink {
  title: string;
  url: string;
  description: string;
}

export function pageGroups(course: Course): { group: PageGroup; title: string; links: GroupLink[] }[] {
  return (Object.keys(GROUP_TITLES) as PageGroup[]).map((group) => ({
    group,
    title: GROUP_TITLES[group],
    links: [
      ...course.pages
        // The schema's default again: a content cache written before pages had groups (Astro keeps it
        // across builds) hands back entries without the field, and they belong around the course.
        .filter((p) => (p.entry.data.group ?? 'course') === group)
        .map((p) => ({ title: p.entry.data.title, url: p.url, description: p.entry.data.description })),
      ...BUILT_PAGES.filter((p) => p.group === group).map((p) => ({ title: p.title, url: href(p.path), description: p.description })),
    ],
  }));
}
