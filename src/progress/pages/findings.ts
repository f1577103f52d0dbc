/**
 * A finding of the report check (report-notes.ts) as page content: its words
 * as text, each name from the file in a <bdi> (so a right-to-left name cannot
 * reorder the sentence) and each day in the reader's calendar.
 */
import type { Finding } from '../report-notes';
import { longDate } from './dom';
import { h } from '../../utils/h';

export const findingNodes = (finding: Finding): (Node | string)[] =>
  finding.map((part) => (typeof part === 'string' ? part : 'name' in part ? h('bdi', {}, part.name) : longDate(part.day)));
