import safeRegex from 'safe-regex2';

/** Longer than any field format needs. */
export const MAX_PATTERN_LENGTH = 500;

/**
 * Whether a group repeated by *, + or {n,} (or {n,m} with m > 1) holds alternatives, e.g. (a|aa)+:
 * overlapping alternatives under repetition backtrack exponentially, which safe-regex2's star-height
 * test does not see. Conservative: (a|b)+ is refused too, and a character class [ab]+ says the same.
 */
function repeatsAlternatives(pattern: string): boolean {
  const groups: { alternatives: boolean }[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      // skip the class: its | and ( are literal
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') {
      groups.push({ alternatives: false });
    } else if (c === '|') {
      const top = groups[groups.length - 1];
      if (top) top.alternatives = true;
    } else if (c === ')') {
      const group = groups.pop();
      if (group?.alternatives && isRepetition(pattern.slice(i + 1))) return true;
    }
  }
  return false;
}

function isRepetition(rest: string): boolean {
  if (rest.startsWith('*') || rest.startsWith('+')) return true;
  const braces = /^\{(\d+)(,(\d*))?\}/.exec(rest);
  if (!braces) return false;
  if (braces[2] === undefined) return Number(braces[1]) > 1;
  return braces[3] === '' || Number(braces[3]) > 1;
}

/**
 * Why a regular expression from a definition (a form field's `pattern`) must not run, or null.
 * It must compile as the form validator compiles it (Unicode mode) and must not backtrack
 * exponentially: nested repetition (safe-regex2, a maintained checker) or repeated alternatives.
 */
export function patternProblem(pattern: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return `is not a valid regular expression: ${(error as Error).message}`;
  }
  if (!safeRegex(pattern))
    return 'can take exponential time (a repetition inside a repetition, e.g. (a+)+): write it without nesting';
  if (repeatsAlternatives(pattern))
    return 'can take exponential time (alternatives under a repetition, e.g. (a|aa)+): use a character class or one repetition';
  return null;
}
