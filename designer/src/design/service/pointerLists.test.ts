import { describe, expect, it } from 'vitest';
import { alternativesText, listText, parseAlternatives, parseList } from './pointerLists';

describe('applicant pointers as text', () => {
  it('when a name is three parts or an organisation, then "|" separates the alternatives and spaces the parts', () => {
    const name = [['/surname', '/name', '/patronymic'], ['/organisation']];
    expect(alternativesText(name)).toBe('/surname /name /patronymic | /organisation');
    expect(parseAlternatives('/surname  /name /patronymic |/organisation ')).toEqual(name);
  });

  it('when the text is empty, then there is no pointer at all (the property goes)', () => {
    expect(parseAlternatives('  | ')).toBeUndefined();
    expect(parseList('')).toBeUndefined();
    expect(parseList('/iin | /bin')).toEqual(['/iin', '/bin']);
    expect(listText(['/iin', '/bin'])).toBe('/iin | /bin');
  });
});
