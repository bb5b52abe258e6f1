// Load shedding: at most `inflight` questions are worked on at once and `queue` wait their
// turn, each at most `maxWaitMs`; beyond that a request is refused (503 with Retry-After),
// never left hanging or dropped. The wait is bounded as well as the queue, so that an answer
// comes within about maxWaitMs plus its own work however slow the machine is that moment; the
// time a request already spent in the server before it reached the gate (a busy server reads
// a burst's requests late) counts against that bound.
// Runtime-neutral.
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly inflight: number,
    private readonly queue: number,
    private readonly maxWaitMs: number,
  ) {}

  /**
   * A release function once the request may go on; null when it is to be refused.
   * `waitedMs`: how long the request has already waited since it reached the server.
   */
  async enter(waitedMs = 0): Promise<(() => void) | null> {
    if (this.running < this.inflight) {
      this.running++;
      return this.releaser();
    }
    const mayWaitMs = this.maxWaitMs - waitedMs;
    if (this.waiting.length >= this.queue || mayWaitMs <= 0) return null;
    return new Promise((resolve) => {
      const go = (): void => {
        clearTimeout(timer);
        resolve(this.releaser());
      };
      // waited too long: out of the queue, refused (its slot was never taken)
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(go);
        if (at >= 0) this.waiting.splice(at, 1);
        resolve(null);
      }, mayWaitMs);
      this.waiting.push(go);
    });
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // the slot passes straight to the next in the queue
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }
}
