import type { Connector } from '../definitions/connector';
import { atPointer } from '../rules/jsonPointer';

/** The connector's named outputs read from an answer (already validated against its response schema). */
export function readOutputs(connector: Connector, answer: unknown): Record<string, unknown> {
  const outputs: Record<string, unknown> = {};
  for (const output of connector.outputs) {
    const value = atPointer(answer, output.from);
    if (value !== undefined) outputs[output.name] = value;
  }
  return outputs;
}
