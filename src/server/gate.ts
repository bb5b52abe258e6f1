// Load shedding: at most `inflight` questions are worked on at once and `queue` wait their
// turn; beyond that a request is refused at once (503 with Retry-After), never left hanging
// or dropped. Runtime-neutral.
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly inflight: number,
    private readonly queue: number,
  ) {}

  /** A release function once the request may go on; null when it is to be refused. */
  async enter(): Promise<(() => void) | null> {
    if (this.running < this.inflight) {
      this.running++;
      return this.releaser();
    }
    if (this.waiting.length >= this.queue) return null;
    await new Promise<void>((go) => this.waiting.push(go));
    return this.releaser();
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
