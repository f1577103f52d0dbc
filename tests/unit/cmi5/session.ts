// A cmi5 launch for the unit tests: parameters and launch data as an LMS sends them.
import type { LaunchData, LaunchParams } from '../../../src/cmi5/launch-params';
import { SESSION_EXTENSION } from '../../../src/cmi5/launch-params';
import type { Session } from '../../../src/cmi5/statements';

export const params: LaunchParams = {
  endpoint: 'https://lrs.example/xapi/',
  fetch: 'https://lms.example/fetch/abc',
  actor: { objectType: 'Agent', name: 'Sam Rep', account: { homePage: 'https://lms.example', name: 'sam' } },
  registration: '6f1d2a3b-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
  activityId: 'https://lms.example/au/warm-open',
};

export const launchData = (over: Partial<LaunchData> = {}): LaunchData => ({
  contextTemplate: {
    contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example/course/1' }] },
    extensions: { [SESSION_EXTENSION]: 'session-1' },
  },
  launchMode: 'Normal',
  moveOn: 'Passed',
  masteryScore: 0.8,
  ...over,
});

export const session = (over: Partial<LaunchData> = {}): Session => ({ params, launchData: launchData(over) });

export const launchQuery = (p: Record<string, string> = {}) =>
  `?${new URLSearchParams({ endpoint: params.endpoint, fetch: params.fetch, actor: JSON.stringify(params.actor), registration: params.registration, activityId: params.activityId, ...p })}`;
