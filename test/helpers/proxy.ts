/**
 * A TCP proxy on 127.0.0.1 in front of the test LRS, to make it "go away" and "come back" (or lose
 * an answer on the way back) while the LRS keeps what it stored. Every wait is bounded.
 */
import net from 'node:net';

export class TcpProxy {
  private server: net.Server | undefined;
  private readonly sockets = new Set<net.Socket>();
  private posts = 0;
  /** After forwarding this many POSTs, drop the connection before the answer and go down. */
  dropAfterPosts: number | undefined;

  constructor(
    readonly port: number,
    private readonly target: number,
  ) {}

  async up(): Promise<void> {
    if (this.server) return;
    this.posts = 0;
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target, '127.0.0.1');
      this.sockets.add(client).add(upstream);
      let dropOnAnswer = false;
      client.on('data', (chunk) => {
        this.posts += (String(chunk).match(/^POST /gm) ?? []).length;
        if (this.dropAfterPosts !== undefined && this.posts >= this.dropAfterPosts) dropOnAnswer = true;
        upstream.write(chunk);
      });
      upstream.on('data', (chunk) => {
        if (dropOnAnswer) {
          // The LRS has stored the batch; its answer never reaches the coach.
          client.destroy();
          upstream.destroy();
          void this.down();
          return;
        }
        client.write(chunk);
      });
      for (const s of [client, upstream]) {
        s.on('error', () => undefined);
        s.on('close', () => {
          client.destroy();
          upstream.destroy();
          this.sockets.delete(s);
        });
      }
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
