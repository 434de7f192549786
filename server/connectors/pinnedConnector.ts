import type { Transaction } from 'sequelize';
import type { Connector } from '../../runtime/definitions/connector';
import type { Pins } from '../repositories/cases';
import type { Context } from '../usecases/context';
import { callConnector, type CallRecord, type ConnectorDeps } from './callConnector';

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

/**
 * Calls the connector version a case pinned (see pinnedConnector). With none published, the call is recorded as
 * failed ("unavailable"), as a failed call is: never thrown, so the case goes on and the failure can be a fact.
 */
export async function callPinnedConnector(
  ctx: Context,
  pins: Pick<Pins, 'connectors'> | undefined,
  id: string,
  inputs: Record<string, unknown>,
  deps: ConnectorDeps,
): Promise<CallRecord> {
  const connector = await pinnedConnector(ctx, pins, id);
  if (connector) return callConnector(connector, inputs, deps);
  return {
    connector: id,
    version: null,
    at: ctx.now().toISOString(),
    attempts: 0,
    ok: false,
    failure: 'unavailable',
    message: `no published connector "${id}"`,
    details: [],
  };
}
