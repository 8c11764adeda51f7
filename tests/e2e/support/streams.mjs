// The Playground's WebSocket streams: what the bot posted (conversation stream) and what crossed
// the wire with status codes (log stream). Events are collected from the moment of connecting.
import WebSocket from 'ws';

const DEFAULT_TIMEOUT_MS = 30_000;

export class EventStream {
  #socket;
  #waiters = new Set();
  events = [];

  static async connect(url) {
    const stream = new EventStream();
    await stream.#open(url);
    return stream;
  }

  #open(url) {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.on('message', (data) => {
        this.events.push(JSON.parse(data.toString()));
        for (const waiter of this.#waiters) waiter();
      });
      socket.once('open', () => {
        this.#socket = socket;
        resolve();
      });
      socket.once('error', (error) => reject(new Error(`cannot open WebSocket ${url}: ${error.message}`)));
    });
  }

  /** Resolves with the events matching `predicate` once there are at least `count`; rejects at the deadline. */
  waitFor(predicate, what, { count = 1, timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const matches = this.events.filter(predicate);
        if (matches.length >= count) {
          done();
          resolve(matches);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; ${this.events.length} events seen:\n` +
          this.events.map((e) => JSON.stringify(e).slice(0, 300)).join('\n')));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.#waiters.delete(check);
      };
      this.#waiters.add(check);
      check();
    });
  }

  close() {
    this.#socket?.terminate();
  }
}

/** Messages the bot created, as the Playground shows them (`{action, actionConversationId, message}`). */
export const conversationStreamPath = '/_ws_conversation/v1/conversations/stream';

/** Every request between Playground and bot, logged after it completed (`{logAction, log}`). */
export const logStreamPath = '/_ws/log/stream';

export function isCardWithTitle(event, title) {
  const attachment = event.message?.attachments?.[0];
  return attachment?.contentType === 'application/vnd.microsoft.card.adaptive'
    && attachment.content?.body?.[0]?.text === title;
}
