import { connect, createServer, type Socket } from 'node:net';

export interface FreezingProxy {
  port: number;
  /** From now on nothing passes either way and new connections wait: a SIGSTOPped server, as clients see it. */
  freeze(): void;
  /** What was held passes, in order, and traffic flows again. */
  thaw(): void;
  close(): Promise<void>;
}

/** One direction of a connection: forwards chunks, or holds them while frozen. */
function forward(from: Socket, to: Socket, isFrozen: () => boolean, held: Array<() => void>): void {
  from.on('data', (chunk: Uint8Array) => {
    if (isFrozen()) held.push(() => to.write(chunk));
    else to.write(chunk);
  });
}

/** A TCP proxy to `target` that can freeze, to see what the bot does with a server that stops answering. */
export async function freezingProxy(target: { host: string; port: number }): Promise<FreezingProxy> {
  const sockets = new Set<Socket>();
  let frozen = false;
  const held: Array<() => void> = [];
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    track(client);
    track(upstream);
    forward(client, upstream, () => frozen, held);
    forward(upstream, client, () => frozen, held);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    freeze: () => {
      frozen = true;
    },
    thaw: () => {
      frozen = false;
      held.splice(0).forEach((write) => write());
    },
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
