// Lets timers and other requests run between two stages of an answer (a request's time limit
// among them). Node's setImmediate runs after the I/O waiting and before the next turn's timers,
// at a few microseconds a turn; where there is none (Workers, browsers) a MessageChannel turn,
// which costs far less than setTimeout(0), held back for a millisecond. Runtime-neutral: the
// global is looked up, not imported.
type Immediate = (callback: () => void) => unknown;
const immediate = (globalThis as { setImmediate?: Immediate }).setImmediate;

export function yieldToEventLoop(): Promise<void> {
  if (immediate) return new Promise((resolve) => void immediate(resolve));
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
