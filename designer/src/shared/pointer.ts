/** JSON pointers (RFC 6901): how the runtime's validate() and the server name the place of an error. */

export function escapeToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((t) => '/' + escapeToken(t)).join('');
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getAt(value: unknown, pointer: string): unknown {
  let here: unknown = value;
  for (const token of parsePointer(pointer)) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[token];
  }
  return here;
}

/** Returns a copy of `value` with `next` at `pointer`, copying only the objects on the way; undefined removes. */
export function setAt<T>(value: T, pointer: string, next: unknown): T {
  const tokens = parsePointer(pointer);
  const write = (here: unknown, i: number): unknown => {
    if (i === tokens.length) return next;
    const token = tokens[i] as string;
    const nextToken = tokens[i + 1];
    const container: unknown =
      here !== null && typeof here === 'object' ? here : nextToken !== undefined && /^\d+$/.test(nextToken) ? [] : {};
    if (Array.isArray(container)) {
      const copy = [...(container as unknown[])];
      const index = Number(token);
      const child = write(copy[index], i + 1);
      if (child === undefined && i === tokens.length - 1) copy.splice(index, 1);
      else copy[index] = child;
      return copy;
    }
    const copy = { ...(container as Record<string, unknown>) };
    const child = write(copy[token], i + 1);
    if (child === undefined) delete copy[token];
    else copy[token] = child;
    return copy;
  };
  return write(value, 0) as T;
}

/** The errors pointing exactly at `pointer`. */
export function errorsAt<E extends { path: string }>(errors: readonly E[], pointer: string): E[] {
  return errors.filter((e) => e.path === pointer);
}

/** The errors pointing at `pointer` or anywhere inside it. */
export function errorsUnder<E extends { path: string }>(errors: readonly E[], pointer: string): E[] {
  return errors.filter((e) => e.path === pointer || e.path.startsWith(pointer + '/'));
}
