import { describe, expect, it } from "vitest";
import { GroupCommitter } from "./group-commit";

type Item = { doc: string; n: number };

function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe("GroupCommitter", () => {
  it("keeps one write in flight and batches everything that arrives meanwhile", async () => {
    const writes: Item[][] = [];
    const gates: ReturnType<typeof deferred>[] = [];
    const committer = new GroupCommitter<Item>({
      write: (batch) => {
        writes.push(batch);
        const gate = deferred();
        gates.push(gate);
        return gate.promise;
      },
      keyOf: (item) => item.doc,
    });
    const settled: number[] = [];
    const first = committer.commit({ doc: "a", n: 1 }).then(() => settled.push(1));
    const later = [2, 3, 4].map((n) => committer.commit({ doc: n % 2 ? "a" : "b", n }).then(() => settled.push(n)));
    expect(writes).toEqual([[{ doc: "a", n: 1 }]]);
    await Promise.resolve();
    expect(settled).toEqual([]); // nothing acknowledged before its write resolves
    gates[0]!.resolve();
    await first;
    expect(settled).toEqual([1]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes[1]).toEqual([
      { doc: "b", n: 2 },
      { doc: "a", n: 3 },
      { doc: "b", n: 4 },
    ]);
    gates[1]!.resolve();
    await Promise.all(later);
    expect(settled).toEqual([1, 2, 3, 4]);
  });

  it("retries a failed batch per key so one bad document fails alone", async () => {
    const failed: Item[][] = [];
    const committed: Item[][] = [];
    const committer = new GroupCommitter<Item>({
      write: async (batch) => {
        if (batch.some((item) => item.doc === "bad")) throw new Error("foreign key");
      },
      keyOf: (item) => item.doc,
      onCommitted: (batch) => committed.push(batch),
      onFailed: (batch) => failed.push(batch),
    });
    // The second and third wait for the first write and go out together; that batch fails
    // and is retried per document.
    const results = await Promise.allSettled([
      committer.commit({ doc: "good", n: 1 }),
      committer.commit({ doc: "bad", n: 2 }),
      committer.commit({ doc: "good", n: 3 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(failed).toEqual([[{ doc: "bad", n: 2 }]]);
    expect(committed.flat().map((i) => i.n).sort()).toEqual([1, 3]);
  });

  it("settled() waits for everything queued before it, including failures", async () => {
    const gate = deferred();
    const committer = new GroupCommitter<Item>({ write: () => gate.promise, keyOf: (i) => i.doc });
    const commit = committer.commit({ doc: "a", n: 1 });
    let done = false;
    const barrier = committer.settled().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    gate.reject(new Error("down"));
    await expect(commit).rejects.toThrow("down");
    await barrier;
    expect(done).toBe(true);
    await committer.settled();
  });
});
