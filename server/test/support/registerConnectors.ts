import { readFileSync } from 'node:fs';
import type { Connector } from '../../../runtime/definitions/connector';

const root = new URL('../../../', import.meta.url).pathname;

/** A shipped connector, aimed at the test register instead of the real one. */
export function shippedConnector(id: string, registerUrl: string): Connector {
  const connector = JSON.parse(readFileSync(`${root}definitions/connectors/${id}.json`, 'utf8')) as Connector;
  return { ...connector, version: 1, url: connector.url.replace('https://registers.example.kz', registerUrl) };
}
