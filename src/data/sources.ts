import type { SourceId } from '../schemas/course';

/** The source articles, credited by title in lesson footers. */
export const sources: Record<SourceId, { title: string; note: string }> = {
  opener: {
    title: 'The cold-call opener mistake (and the face-to-face test)',
    note: 'An untitled article on why a clever opening question gets brushed off, and the three-step fix.',
  },
  voicemail: {
    title: 'How to Make Cold Calling Opportunities Out of Voice Mails',
    note: 'On treating voicemail as the start of a search: the receptionist, the ladder, the last-resort message.',
  },
};
