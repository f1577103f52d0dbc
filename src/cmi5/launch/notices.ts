/** What the cmi5 launch page tells the learner, in one calm sentence each (shown with scorm/launch/notice.ts, as text). */
export const NOTICES = {
  unreachable: 'The learning record store could not be reached to start this visit, so it is not recorded there. Your progress is kept in this browser.',
  browse:
    'The learning system opened this course to look through: you can try anything, but nothing you do in this visit counts towards it or is kept.',
  offline: 'Your progress cannot reach the learning record store just now. It is kept in this browser and sent as soon as the connection is back.',
  back: 'Everything you did has reached the learning record store.',
  done: 'Your learning system now counts this course as done.',
  exited:
    'You have left the course. What you did in this visit is on its way to your learning system (anything that cannot reach it now goes the next time you open the course). You can close this window.',
} as const;
