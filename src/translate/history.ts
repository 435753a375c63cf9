/**
 * Thread history for `thread/resume`: rebuilds `Turn[]` from the `EventMsg`s a rollout persisted
 * (the `initial_messages` / `initialMessages` of a resumed session). A rollout keeps only part of
 * the live stream, so history holds only `userMessage`, `reasoning` and `agentMessage` items,
 * with synthetic ids `turn-N` and `item-N` (both counted from 1; item numbers run across the
 * whole thread).
 *
 * Turn boundaries: a `user_message` starts a new turn, except inside a turn opened by
 * `task_started`, which lasts until `task_complete` (rollouts written without task events work
 * as well as those with them). `turn_aborted` ends the turn as `interrupted`; an `error` marks it
 * `failed` with the converted `TurnError` (a transient `stream_error` does not). Turns without
 * items are left out.
 */
import type { EventMsg, v2 } from '../../generated/releases/0.64.0/typescript/index.js';
import { buildTurn, toTurnError, userMessageContent, type TurnOutcome } from './convert.js';

interface PendingTurn {
  items: v2.ThreadItem[];
  outcome: TurnOutcome;
  /** Opened by `task_started`: user messages join it until `task_complete`. */
  byTask: boolean;
}

type ReasoningItem = Extract<v2.ThreadItem, { type: 'reasoning' }>;

export class ThreadHistoryBuilder {
  private readonly turns: v2.Turn[] = [];
  private current: PendingTurn | undefined;
  private turnCount = 0;
  private itemCount = 0;

  /** Feeds one persisted event; events that history does not show are ignored. */
  handle(msg: EventMsg): void {
    switch (msg.type) {
      case 'task_started':
        this.closeTurn();
        this.current = this.newTurn(true);
        break;
      case 'task_complete':
        this.closeTurn();
        break;
      case 'user_message':
        if (!this.current?.byTask) {
          this.closeTurn();
          this.current = this.newTurn(false);
        }
        this.current!.items.push({ type: 'userMessage', id: this.nextItemId(), content: userMessageContent(msg.message, msg.images) });
        break;
      case 'agent_message':
        if (msg.message !== '') this.turn().items.push({ type: 'agentMessage', id: this.nextItemId(), text: msg.message });
        break;
      case 'agent_reasoning':
        if (msg.text !== '') this.reasoning().summary!.push(msg.text);
        break;
      case 'agent_reasoning_raw_content':
        if (msg.text !== '') this.reasoning().content!.push(msg.text);
        break;
      case 'turn_aborted':
        if (this.current) {
          this.current.outcome = { status: 'interrupted' };
          this.closeTurn();
        }
        break;
      case 'error':
        if (this.current) this.current.outcome = { status: 'failed', error: toTurnError(msg) };
        break;
      default:
        break;
    }
  }

  /** The turns so far, the open one included (as `completed` unless it was marked otherwise). */
  finish(): v2.Turn[] {
    this.closeTurn();
    return [...this.turns];
  }

  private newTurn(byTask: boolean): PendingTurn {
    return { items: [], outcome: { status: 'completed' }, byTask };
  }

  private turn(): PendingTurn {
    return (this.current ??= this.newTurn(false));
  }

  /** The reasoning item to add to: the turn's last item when it is one, else a new one. */
  private reasoning(): ReasoningItem {
    const items = this.turn().items;
    const last = items[items.length - 1];
    if (last?.type === 'reasoning') return last;
    const item: ReasoningItem = { type: 'reasoning', id: this.nextItemId(), summary: [], content: [] };
    items.push(item);
    return item;
  }

  private closeTurn(): void {
    const turn = this.current;
    this.current = undefined;
    if (!turn || turn.items.length === 0) return;
    this.turnCount += 1;
    this.turns.push(buildTurn(`turn-${this.turnCount}`, turn.items, turn.outcome));
  }

  private nextItemId(): string {
    this.itemCount += 1;
    return `item-${this.itemCount}`;
  }
}

/** `Turn[]` for a rollout's persisted events, as `thread/resume` returns them. */
export function buildTurnsFromEvents(events: Iterable<EventMsg>): v2.Turn[] {
  const builder = new ThreadHistoryBuilder();
  for (const event of events) builder.handle(event);
  return builder.finish();
}
