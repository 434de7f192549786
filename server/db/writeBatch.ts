import { AsyncResource } from 'node:async_hooks';
import type { Transaction } from 'sequelize';
import type { Db } from './connection';
import { sqliteConnectionOf, sqliteExec } from './rawSqlite';

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
            // one write alone needs no savepoint: if it throws, its transaction rolls back and nothing else was in it
            if (items.length === 1) outcomes.push({ ok: true, value: await items[0]!.work(t) });
            else await inSavepoints(db, t, items, outcomes);
          });
          group.onCommit?.(items.length);
        } catch (error) {
          // the commit itself failed (or the one write threw): none of the writes happened
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

/**
 * Runs each write in its own savepoint, one after another. On SQLite, releasing one savepoint and
 * opening the next is one round trip to the driver (two statements in one exec), and the last is
 * left for COMMIT to release: a batch costs one savepoint trip a write instead of two.
 */
async function inSavepoints(db: Db, t: Transaction, items: Pending[], outcomes: Outcome[]): Promise<void> {
  const connection = sqliteConnectionOf(db, t);
  const statement = async (...sql: string[]) => {
    if (connection) return sqliteExec(connection, sql.join('; '));
    for (const one of sql) await db.sequelize.query(one, { transaction: t });
  };
  let open = false;
  for (const item of items) {
    await statement(...(open ? ['RELEASE write_batch_item'] : []), 'SAVEPOINT write_batch_item');
    open = true;
    try {
      outcomes.push({ ok: true, value: await item.work(t) });
    } catch (error) {
      await statement('ROLLBACK TO write_batch_item', 'RELEASE write_batch_item');
      open = false;
      outcomes.push({ ok: false, error });
    }
  }
  // COMMIT releases the last savepoint with the transaction; elsewhere (PostgreSQL) it is released here
  if (open && !connection) await statement('RELEASE write_batch_item');
}
