/** One host connectors may reach; `allowPrivate` lets it resolve to loopback or private addresses (a register inside the provider's network). */
export interface AllowedHost {
  host: string;
  allowPrivate: boolean;
}

/** The administrator's allowlist, as the connector client asks it. */
export interface HostAllowlist {
  find(host: string): Promise<AllowedHost | undefined>;
}

/** Host names compare case-insensitively and without IPv6 brackets. */
export function normalHost(host: string): string {
  return host.toLowerCase().replace(/^\[|\]$/g, '');
}

export function staticAllowlist(hosts: readonly AllowedHost[]): HostAllowlist {
  const byHost = new Map(hosts.map((h) => [normalHost(h.host), h]));
  return { find: (host) => Promise.resolve(byHost.get(normalHost(host))) };
}
