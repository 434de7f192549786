import { actCoverage as coverageOf, type ActCoverage } from '../../runtime/definitions/coverage';
import type { Definition, Kind } from '../../runtime/definitions/index';
import type { Context } from './context';

/** Coverage of every act by the latest published definitions (what npm run coverage:acts reports for the files). */
export async function actCoverage(ctx: Context): Promise<ActCoverage[]> {
  const heads = await ctx.definitions.heads();
  const definitions = await Promise.all(heads.map((h) => ctx.store.at(h.kind as Kind, h.id, h.version)));
  return coverageOf(definitions.filter((d): d is Definition => d !== null));
}
