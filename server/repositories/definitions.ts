import { Op, type Transaction } from 'sequelize';
import type { Db } from '../db/connection';
import { rawAll, rawOne, type DefinitionRow, type HeadRow } from '../db/models';

/** A definition as the use cases see it: the row's columns, its id as the definition's, the instants as ISO text. */
export type StoredDefinition = Omit<DefinitionRow, 'id' | 'defId' | 'publishedAt' | 'createdAt' | 'updatedAt'> & {
  id: string;
  publishedAt: string | null;
  updatedAt: string;
};

function toPlain(row: DefinitionRow): StoredDefinition {
  return {
    kind: row.kind,
    id: row.defId,
    version: row.version,
    status: row.status,
    revision: row.revision,
    body: typeof row.body === 'string' ? (JSON.parse(row.body) as Record<string, unknown>) : row.body,
    digest: row.digest,
    author: row.author,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

export function definitionsRepository(db: Db) {
  const { Definition, Head } = db.models;
  return {
    /** The latest published version number, read from the head table: one indexed row. */
    async latestVersion(kind: string, id: string, t?: Transaction): Promise<number | null> {
      const head = await rawOne<HeadRow>(Head.findOne({ where: { kind, defId: id }, raw: true, transaction: t }));
      return head ? head.version : null;
    },

    async heads(kind?: string): Promise<{ kind: string; id: string; version: number }[]> {
      const rows = await rawAll<HeadRow>(
        Head.findAll({
          where: kind ? { kind } : {},
          order: [
            ['kind', 'ASC'],
            ['defId', 'ASC'],
          ],
          raw: true,
        }),
      );
      return rows.map((r) => ({ kind: r.kind, id: r.defId, version: r.version }));
    },

    async published(kind: string, id: string, version: number, t?: Transaction): Promise<StoredDefinition | null> {
      const row = await rawOne<DefinitionRow>(
        Definition.findOne({ where: { kind, defId: id, status: 'published', version }, raw: true, transaction: t }),
      );
      return row ? toPlain(row) : null;
    },

    /** Inside a transaction the draft row stays locked until commit (PostgreSQL), so a revision check on it holds. */
    async draft(kind: string, id: string, t?: Transaction): Promise<StoredDefinition | null> {
      const row = await rawOne<DefinitionRow>(
        Definition.findOne({
          where: { kind, defId: id, status: 'draft' },
          raw: true,
          transaction: t,
          lock: t ? t.LOCK.UPDATE : undefined,
        }),
      );
      return row ? toPlain(row) : null;
    },

    async drafts(kind?: string): Promise<StoredDefinition[]> {
      const rows = await rawAll<DefinitionRow>(
        Definition.findAll({ where: { status: 'draft', ...(kind ? { kind } : {}) }, raw: true }),
      );
      return rows.map(toPlain);
    },

    async versions(kind: string, id: string): Promise<StoredDefinition[]> {
      const rows = await rawAll<DefinitionRow>(
        Definition.findAll({
          where: { kind, defId: id },
          order: [['version', 'ASC']],
          raw: true,
        }),
      );
      return rows.map(toPlain);
    },

    /** Every published definition at its latest version. */
    async latestAll(t?: Transaction): Promise<StoredDefinition[]> {
      const heads = await rawAll<HeadRow>(Head.findAll({ raw: true, transaction: t }));
      if (heads.length === 0) return [];
      const rows = await rawAll<DefinitionRow>(
        Definition.findAll({
          where: {
            status: 'published',
            [Op.or]: heads.map((h) => ({ kind: h.kind, defId: h.defId, version: h.version })),
          },
          raw: true,
          transaction: t,
        }),
      );
      return rows.map(toPlain);
    },

    async count(t?: Transaction): Promise<number> {
      return Definition.count({ transaction: t });
    },

    ...definitionWrites(db),
  };
}

export type DefinitionsRepository = ReturnType<typeof definitionsRepository>;

/** The writes: a draft saved or deleted, a version published with its head moved. */
function definitionWrites(db: Db) {
  const { Definition, Head } = db.models;
  return {
    async saveDraft(
      input: { kind: string; id: string; body: Record<string, unknown>; digest: string; author: string },
      t: Transaction,
    ): Promise<StoredDefinition> {
      const existing = await Definition.findOne({
        where: { kind: input.kind, defId: input.id, status: 'draft' },
        transaction: t,
      });
      if (existing) {
        await existing.update(
          {
            body: input.body,
            digest: input.digest,
            author: input.author,
            revision: (existing.get('revision') as number) + 1,
          },
          { transaction: t },
        );
        return toPlain(existing.get({ plain: true }) as DefinitionRow);
      }
      const created = await Definition.create(
        {
          kind: input.kind,
          defId: input.id,
          version: 0,
          status: 'draft',
          revision: 1,
          body: input.body,
          digest: input.digest,
          author: input.author,
        },
        { transaction: t },
      );
      return toPlain(created.get({ plain: true }));
    },

    async deleteDraft(kind: string, id: string, t: Transaction): Promise<void> {
      await Definition.destroy({ where: { kind, defId: id, status: 'draft' }, transaction: t });
    },

    /** Stores a published version and moves the head to it; the caller holds the transaction. */
    async publish(
      input: {
        kind: string;
        id: string;
        version: number;
        body: Record<string, unknown>;
        digest: string;
        author: string;
        at: Date;
      },
      t: Transaction,
    ): Promise<StoredDefinition> {
      const created = await Definition.create(
        {
          kind: input.kind,
          defId: input.id,
          version: input.version,
          status: 'published',
          revision: 0,
          body: input.body,
          digest: input.digest,
          author: input.author,
          publishedAt: input.at,
        },
        { transaction: t },
      );
      await Head.upsert(
        { kind: input.kind, defId: input.id, version: input.version, updatedAt: input.at },
        { transaction: t },
      );
      return toPlain(created.get({ plain: true }));
    },
  };
}
