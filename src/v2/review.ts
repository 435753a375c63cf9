/** v2 `review/start`: asks the agent to review code changes. */
import { def, maybe, object, ref, str, stringEnum, tagged, variant } from '../schema.js';
import { Turn } from './turn.js';

export const ReviewTarget = def(
  'v2',
  'ReviewTarget',
  'What the review should look at, tagged on `type`.',
  tagged('type', {
    uncommittedChanges: variant({}, 'Staged, unstaged and untracked changes in the working tree.'),
    baseBranch: variant({ branch: str('Branch to diff the current state against.') }, 'Changes relative to a base branch.'),
    commit: variant(
      {
        sha: str('Commit to review.'),
        title: maybe(str('Commit title, used only for display.')),
      },
      'The changes introduced by one commit.',
    ),
    custom: variant({ instructions: str('Free-form description of what to review.') }, 'A review driven by custom instructions.'),
  }),
);

export const ReviewDelivery = def(
  'v2',
  'ReviewDelivery',
  'Where the review runs: `inline` in the current thread, or `detached` in a separate review thread.',
  {
    '0.64.0': stringEnum(['inline', 'detached']),
    '0.171.0': {
      description:
        'Where the review runs: `inline`, in the thread given to `review/start`, is the only choice. To review in a thread of its own, start that thread first and pass its id.',
      schema: stringEnum(['inline']),
    },
  },
);

export const ReviewStartParams = def(
  'v2',
  'ReviewStartParams',
  'Params of `review/start`.',
  object({
    threadId: str('Thread the review is requested from.'),
    target: ref(ReviewTarget),
    delivery: maybe(ref(ReviewDelivery, 'Where to run the review; omitted or null means `inline`.')),
  }),
);

export const ReviewStartResponse = def(
  'v2',
  'ReviewStartResponse',
  'Result of `review/start`: the turn that performs the review.',
  object({
    turn: ref(Turn),
    reviewThreadId: str('Thread in which the review runs: the requesting thread for inline delivery, a new one when detached.'),
  }),
);
