import type { Transaction } from 'sequelize';
import { handoffInputs, type HandoffCase } from '../../runtime/connectors/index';
import type { Service } from '../../runtime/definitions/index';
import type { Pins } from '../repositories/cases';
import type { Context } from '../usecases/context';
import { callPinnedConnector } from './pinnedConnector';
import type { CallRecord, ConnectorDeps } from './callConnector';

export interface FetchedDocument {
  document: string;
  call: CallRecord;
}

export function hasProviderDocuments(service: Service): boolean {
  return service.documents.some((d) => d.connector !== undefined);
}

/** Obtains one document the provider fetches itself; a failure is a record the case page shows. */
export async function fetchProviderDocument(
  ctx: Context,
  service: Service,
  documentId: string,
  record: HandoffCase,
  deps: ConnectorDeps,
  pins?: Pick<Pins, 'connectors'>,
): Promise<FetchedDocument | null> {
  const document = service.documents.find((d) => d.id === documentId);
  if (!document?.connector) return null;
  const { id } = document.connector;
  const inputs = handoffInputs(
    { id: documentId, on: 'submitted', connector: id, inputs: document.connector.inputs },
    record,
  );
  const call = await callPinnedConnector(ctx, pins, id, inputs, deps);
  return { document: documentId, call };
}

/** Every document of the service obtained through a connector, at submission (outside the transaction). */
export async function fetchProviderDocuments(
  ctx: Context,
  service: Service,
  record: HandoffCase,
  deps: ConnectorDeps,
  pins?: Pick<Pins, 'connectors'>,
): Promise<FetchedDocument[]> {
  const fetched: FetchedDocument[] = [];
  for (const document of service.documents) {
    const one = document.connector ? await fetchProviderDocument(ctx, service, document.id, record, deps, pins) : null;
    if (one) fetched.push(one);
  }
  return fetched;
}

export async function saveFetchedDocuments(
  ctx: Context,
  t: Transaction | undefined,
  caseId: string,
  actor: string,
  fetched: readonly FetchedDocument[],
): Promise<void> {
  const repository = ctx.connectors;
  for (const { document, call } of fetched) {
    await repository.addCall(
      {
        caseId,
        purpose: 'document',
        connector: call.connector,
        version: call.version,
        ok: call.ok,
        answerDigest: call.ok ? call.answerDigest : null,
        record: { ...call, document },
        actor,
        at: call.at,
      },
      t,
    );
  }
}
