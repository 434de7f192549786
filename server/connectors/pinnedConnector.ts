import type { Transaction } from 'sequelize';
import type { Connector } from '../../runtime/definitions/connector';
import type { Pins } from '../repositories/cases';
import type { Context } from '../usecases/context';

/**
 * The connector version a case calls: the one it pinned when it started, so a connector
 * published later never changes a case in flight; the latest published for cases started
 * before connectors were pinned (or one the case did not pin). Null when there is none.
 */
export async function pinnedConnector(
  ctx: Context,
  pins: Pick<Pins, 'connectors'> | undefined,
  id: string,
  t?: Transaction,
): Promise<Connector | null> {
  const pin = pins?.connectors?.find((p) => p.id === id);
  if (pin) {
    const definition = await ctx.store.at('connector', id, pin.version, t);
    if (definition) return { ...definition, version: pin.version };
  }
  const latest = await ctx.store.latest('connector', id, t);
  return latest && { ...latest.definition, version: latest.version };
}
