// A tiny Chrome DevTools Protocol client for the memory phase: the server under test runs
// with --inspect on a local port, and we ask V8 to collect garbage before each reading, so
// RSS and heap figures are not at the mercy of when the collector last ran.
import WebSocket from "ws";

export class Inspector {
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on("message", (data: Buffer) => {
      const msg = JSON.parse(data.toString("utf8")) as { id?: number; result?: unknown };
      if (msg.id !== undefined) {
        this.pending.get(msg.id)?.(msg.result);
        this.pending.delete(msg.id);
      }
    });
  }

  static async connect(port: number, timeoutMs = 20_000): Promise<Inspector> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
        const ws = new WebSocket(list[0]!.webSocketDebuggerUrl);
        await new Promise<void>((resolve, reject) => {
          ws.once("open", () => resolve());
          ws.once("error", reject);
        });
        return new Inspector(ws);
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve) => {
      this.pending.set(id, resolve as (r: unknown) => void);
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Full collection, then the JS heap in use (bytes). */
  async collectAndMeasure(): Promise<number> {
    await this.send("HeapProfiler.collectGarbage");
    const usage = await this.send<{ usedSize: number }>("Runtime.getHeapUsage");
    return usage.usedSize;
  }

  close() {
    this.ws.close();
  }
}
