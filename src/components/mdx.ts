// Components that lesson MDX may use without importing them.
import Cue from './transcript/Cue.astro';
import Line from './transcript/Line.astro';
import Transcript from './transcript/Transcript.astro';
import Quiz from '../quiz/components/Quiz.astro';
import CoachingNote from '../team/components/CoachingNote.astro';
import RoleplayRubric from '../team/components/RoleplayRubric.astro';

export const mdxComponents = { Transcript, Line, Cue, Quiz, CoachingNote, RoleplayRubric };
