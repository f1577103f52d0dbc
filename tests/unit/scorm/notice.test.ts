// The launch page's notices: what they promise must hold. A refusal mid-visit
// is most often an LMS session that ended (its login form loads in the frame):
// nothing sent from this page reaches it again, so the notice says what to do.
import { describe, expect, it } from 'vitest';
import { NOTICES, failureText } from '../../../src/scorm/launch/notice';

describe('the notices', () => {
  it('a refused save promises no retry, and says to log in again and reopen the course from the LMS', () => {
    const text = failureText({ call: 'Commit', code: '391', message: 'General Commit Failure' }, false);
    expect(text).toContain('“General Commit Failure”, code 391');
    expect(text).not.toMatch(/offered again|will be saved|will reach/);
    expect(text).toContain('log in again and reopen the course from the learning system');
  });

  it('review says nothing is recorded, and how to work for credit again', () => {
    expect(NOTICES.review).toContain('nothing you do in this visit is recorded');
    expect(NOTICES.review).toContain('start a new attempt');
  });
});
