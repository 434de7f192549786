/** The item with its source paragraph set, or without the property at all when the source is cleared. */
export const withSource = <T extends { source?: unknown }>(item: T, source: T['source'] | undefined): T => {
  const { source: _drop, ...rest } = item;
  return (source ? { ...rest, source } : rest) as T;
};
