import { AsyncResource } from 'node:async_hooks';
import type { Transaction } from 'sequelize';
import type { Db } from './connection';
import { sqliteConnectionOf, sqliteRun } from './rawSqlite';

interface Pending {
  work: (t: Transaction) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** The most writes one commit carries; a larger queue is written in several commits. */
const MAX_BATCH = 256;

interface GroupCommit {
  run<T>(work: (t: Transaction) => Promise<T>): Promise<T>;
  /** resolves when every write queued so far has committed or failed */
  flushed(): Promise<void>;
  /** told the number of writes each commit carried (the metrics) */
  onCommit?: (size: number) => void;
}

const batches = new WeakMap<Db, GroupCommit>();

function groupOf(db: Db): GroupCommit {
  let group = batches.get(db);
  if (!group) {
    group = groupCommit(db);
    batches.set(db, group);
  }
  return group;
}

/** Waits until every write queued on `db` so far is committed (or failed): shutdown calls it before closing. */
export function flushWrites(db: Db): Promise<void> {
  return batches.get(db)?.flushed() ?? Promise.resolve();
}

/** Tells `listener` how many writes each group commit on `db` carried. */
export function observeCommits(db: Db, listener: (size: number) => void): void {
  groupOf(db).onCommit = listener;
}

/**
 * Group commit. Writes that arrive while a commit is under way queue up and are then run one
 * after another inside ONE transaction, so a burst of submissions pays for one BEGIN, one commit
 * and one fsync instead of one each. Each write runs in its own savepoint: one that throws (a
 * revision conflict) is rolled back alone and its caller gets the error; the others still commit.
 * A caller's promise settles only after the commit that carries its write has returned: nothing
 * is acknowledged before it is durable. Writes inside a batch run in arrival order, one at a time,
 * so each audit entry chains to the one written just before it.
 */
export function inBatch<T>(db: Db, work: (t: Transaction) => Promise<T>): Promise<T> {
  // the work runs inside whichever request started the drain: bound, it sees its own request (its id in the audit)
  return groupOf(db).run(AsyncResource.bind(work));
}

function groupCommit(db: Db): GroupCommit {
  let queue: Pending[] = [];
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    try {
      while (queue.length) {
        const items = queue.length > MAX_BATCH ? queue.splice(0, MAX_BATCH) : queue;
        if (items === queue) queue = [];
        const outcomes: Outcome[] = [];
        try {
          await db.transaction(async (t) => {
            for (const item of items) outcomes.push(await inSavepoint(db, t, item.work));
          });
          group.onCommit?.(items.length);
        } catch (error) {
          // the commit itself failed: none of the writes happened
          for (const item of items) item.reject(error);
          continue;
        }
        items.forEach((item, i) => {
          const outcome = outcomes[i] as Outcome;
          if (outcome.ok) item.resolve(outcome.value);
          else item.reject(outcome.error);
        });
      }
    } finally {
      draining = null;
    }
  }

  const group: GroupCommit = {
    run: <T>(work: (t: Transaction) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        draining ??= drain();
      }),
    flushed: async () => {
      while (draining) await draining;
    },
  };
  return group;
}

async function inSavepoint(db: Db, t: Transaction, work: (t: Transaction) => Promise<unknown>): Promise<Outcome> {
  const connection = sqliteConnectionOf(db, t);
  const statement = (sql: string) =>
    connection ? sqliteRun(connection, sql) : db.sequelize.query(sql, { transaction: t }).then(() => undefined);
  await statement('SAVEPOINT write_batch_item');
  try {
    const value = await work(t);
    await statement('RELEASE write_batch_item');
    return { ok: true, value };
  } catch (error) {
    await statement('ROLLBACK TO write_batch_item');
    await statement('RELEASE write_batch_item');
    return { ok: false, error };
  }
}
