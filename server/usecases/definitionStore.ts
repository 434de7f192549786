import type { Transaction } from 'sequelize';
import type { DefinitionByKind, Kind } from '../../runtime/definitions/index';
import type { DefinitionsRepository } from '../repositories/definitions';

const MAX_ENTRIES = 5000;

/**
 * Published definitions by `kind/id@version`. A published version never changes,
 * so the cache needs no invalidation; which version is latest is asked of the
 * database on every call (one indexed row), so every instance sees a publish at once.
 */
export class DefinitionStore {
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly repository: DefinitionsRepository) {}

  async at<K extends Kind>(kind: K, id: string, version: number, t?: Transaction): Promise<DefinitionByKind[K] | null> {
    const key = `${kind}/${id}@${version}`;
    const cached = this.cache.get(key);
    if (cached) return cached as DefinitionByKind[K];
    const stored = await this.repository.published(kind, id, version, t);
    if (!stored) return null;
    if (this.cache.size >= MAX_ENTRIES) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    const definition = stored.body as DefinitionByKind[K];
    this.cache.set(key, definition);
    return definition;
  }

  async latest<K extends Kind>(
    kind: K,
    id: string,
    t?: Transaction,
  ): Promise<{ version: number; definition: DefinitionByKind[K] } | null> {
    const version = await this.repository.latestVersion(kind, id, t);
    if (version === null) return null;
    const definition = await this.at(kind, id, version, t);
    return definition ? { version, definition } : null;
  }
}
