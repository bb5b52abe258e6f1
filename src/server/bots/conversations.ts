// The conversation of each chat (a LINE user, group or room; a Slack thread), so that a
// follow-up (「那106年呢？」) keeps its topic: the last turns, for the most recent chats only.
// Runtime-neutral, in memory (one per isolate or process).
import type { ChatTurn } from '../../answer/engine';

export const CONVERSATION_LIMITS = { turns: 10, chats: 1000 };

export class Conversations {
  private readonly chats = new Map<string, ChatTurn[]>();

  history(chat: string): ChatTurn[] {
    return this.chats.get(chat) ?? [];
  }

  add(chat: string, question: string, answer: string): void {
    const turns = [...this.history(chat), { role: 'user' as const, content: question }, { role: 'assistant' as const, content: answer }].slice(-CONVERSATION_LIMITS.turns);
    // re-inserted last: the Map's order is the chats' recency
    this.chats.delete(chat);
    this.chats.set(chat, turns);
    if (this.chats.size > CONVERSATION_LIMITS.chats) this.chats.delete(this.chats.keys().next().value as string);
  }
}

/** Remembers ids already seen (Slack's retried events), the most recent ones only. */
export class SeenIds {
  private readonly ids = new Set<string>();
  constructor(private readonly limit = 5000) {}

  /** true the first time an id is seen */
  first(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.limit) this.ids.delete(this.ids.values().next().value as string);
    return true;
  }
}
