// Node-only: when each connection was accepted, so that the first request on it can count the
// time it spent waiting for a busy server to read it (the gate's wait bound includes it). A
// later request on a kept-alive connection has no such time: it counts from the app.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export class Arrivals {
  private readonly accepted = new WeakMap<Socket, number>();

  /** Starts noting the accept time of the server's connections. */
  watch(server: Server): void {
    server.on('connection', (socket: Socket) => this.accepted.set(socket, performance.now()));
  }

  /** The accept time of the connection, the first time its request asks; undefined after. */
  take(socket: Socket): number | undefined {
    const at = this.accepted.get(socket);
    this.accepted.delete(socket);
    return at;
  }
}
