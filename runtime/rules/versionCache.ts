/** What a cache can key: an id and, once published, a version. */
export interface Versioned {
  id: string;
  version?: number;
}

/**
 * Things built once per definition version (an engine, compiled conditions). A newer version of
 * an id drops the older ones unless pinned (a case in flight keeps its version); at most `keep`
 * versions stay per id. Unpublished definitions (no version) are cached by object identity.
 */
export class VersionCache<D extends Versioned, T> {
  private readonly byId = new Map<string, Map<number, T>>();
  private readonly pinned = new Map<string, Set<number>>();
  private drafts = new WeakMap<D, T>();
  private builds = 0;

  constructor(
    private readonly build: (definition: D) => T,
    private readonly keep = 4,
  ) {}

  get(definition: D): T {
    const { id, version } = definition;
    if (version === undefined) {
      let built = this.drafts.get(definition);
      if (built === undefined) {
        built = this.create(definition);
        this.drafts.set(definition, built);
      }
      return built;
    }
    let versions = this.byId.get(id);
    const cached = versions?.get(version);
    if (cached !== undefined) return cached;
    const built = this.create(definition);
    if (!versions) this.byId.set(id, (versions = new Map()));
    const newest = Math.max(version, ...versions.keys());
    versions.set(version, built);
    if (newest === version) {
      const pins = this.pinned.get(id);
      for (const old of [...versions.keys()]) if (old < version && !pins?.has(old)) versions.delete(old);
    }
    for (const old of [...versions.keys()].sort((a, b) => a - b)) {
      if (versions.size <= this.keep) break;
      if (old !== version) versions.delete(old);
    }
    return built;
  }

  /** Keep this version when newer ones arrive (a case in flight is judged by it). */
  pin(id: string, version: number): void {
    let pins = this.pinned.get(id);
    if (!pins) this.pinned.set(id, (pins = new Set()));
    pins.add(version);
  }

  unpin(id: string, version: number): void {
    this.pinned.get(id)?.delete(version);
  }

  /** The versions of an id held now, oldest first. */
  versions(id: string): number[] {
    return [...(this.byId.get(id)?.keys() ?? [])].sort((a, b) => a - b);
  }

  /** How many times something was built: tests observe that evaluations reuse it. */
  buildCount(): number {
    return this.builds;
  }

  clear(): void {
    this.byId.clear();
    this.pinned.clear();
    this.drafts = new WeakMap();
  }

  private create(definition: D): T {
    const built = this.build(definition);
    this.builds++;
    return built;
  }
}
