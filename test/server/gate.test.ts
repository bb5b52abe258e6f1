import { describe, expect, it } from 'vitest';
import { Gate } from '../../src/server/gate';

describe('the gate in front of the answer engine', () => {
  it('lets `inflight` in, queues `queue`, refuses the rest at once', async () => {
    const gate = new Gate(1, 1, 10_000);
    const first = await gate.enter();
    expect(first).not.toBeNull();
    const second = gate.enter();
    expect(await gate.enter()).toBeNull();
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    first!();
    const release = await second;
    expect(release).not.toBeNull();
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    release!();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses a request that waited longer than maxWaitMs, and its place is not taken', async () => {
    const gate = new Gate(1, 4, 40);
    const first = await gate.enter();
    const started = Date.now();
    expect(await gate.enter()).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    first!();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    expect(await gate.enter()).not.toBeNull();
  });

  it('counts the time a request already waited in the server against maxWaitMs', async () => {
    const gate = new Gate(1, 4, 10_000);
    const first = await gate.enter();
    const started = Date.now();
    // waited its whole bound before reaching the gate: refused at once, not queued
    expect(await gate.enter(10_000)).toBeNull();
    expect(Date.now() - started).toBeLessThan(100);
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    // waited most of it: queued only for the rest
    const late = gate.enter(9_960);
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    expect(await late).toBeNull();
    expect(Date.now() - started).toBeLessThan(1_000);
    first!();
    // a free slot is taken however long the request waited
    expect(await gate.enter(60_000)).not.toBeNull();
  });
});
