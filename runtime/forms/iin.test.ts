import { describe, expect, it } from 'vitest';
import { binProblem, checkDigit, iinOrBinProblem, iinProblem, isValidBin, isValidIin, isValidIinOrBin } from './iin';

// Check digits below are worked out by hand; the sums are written out so a reader can redo them.

describe('checkDigit()', () => {
  it('is the weighted sum with weights 1..11 modulo 11', () => {
    // 8·1 + 5·2 + 0·3 + 5·4 + 1·5 + 5·6 + 3·7 + 0·8 + 0·9 + 1·10 + 2·11 = 126; 126 mod 11 = 5
    expect(checkDigit('85051530012')).toBe(5);
  });

  it('uses weights 3..11,1,2 when the first remainder is 10', () => {
    // first: 9·1 + 1·4 + 1·6 + 4·7 + 4·10 = 87; 87 mod 11 = 10
    // second: 9·3 + 1·6 + 1·8 + 4·9 + 4·1 = 81; 81 mod 11 = 4
    expect(checkDigit('90010140040')).toBe(4);
  });

  it('has no check digit when the second remainder is 10 too', () => {
    // first: 87 - 0 + 3·11 = 120; 120 mod 11 = 10. second: 81 + 3·2 = 87; 87 mod 11 = 10
    expect(checkDigit('90010140043')).toBeUndefined();
  });
});

describe('isValidIin()', () => {
  it('accepts IINs whose check digit matches', () => {
    expect(isValidIin('850515300125')).toBe(true);
    expect(isValidIin('900101400404')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(isValidIin('850515300124')).toBe(false);
    expect(iinProblem('850515300124')).toBe('the check digit does not match');
  });

  it('rejects every number whose 11 digits have no check digit', () => {
    for (let d = 0; d <= 9; d++) expect(isValidIin(`90010140043${d}`)).toBe(false);
  });

  it('rejects anything but 12 digits', () => {
    expect(iinProblem('85051530012')).toBe('must be 12 digits');
    expect(iinProblem('85051530012a')).toBe('must be 12 digits');
    expect(iinProblem(' 850515300125')).toBe('must be 12 digits');
  });

  it('rejects a date of birth that does not exist', () => {
    // 13th month: 851315 3 0012 → checksum aside, the structure fails first
    expect(iinProblem('851315300125')).toMatch(/date of birth/);
    // 30 February
    expect(iinProblem('850230300125')).toMatch(/date of birth/);
    // 29 February 2001 (7th digit 5: born in the 21st century) does not exist
    expect(iinProblem('010229500125')).toMatch(/date of birth/);
  });

  it('accepts 29 February of a leap year', () => {
    // 29 Feb 2004: 0·1 + 4·2 + 0·3 + 2·4 + 2·5 + 9·6 + 5·7 + 0·8 + 0·9 + 1·10 + 2·11 = 147; 147 mod 11 = 4
    expect(isValidIin('040229500124')).toBe(true);
  });

  it('rejects a 7th digit above 6', () => {
    expect(iinProblem('850515700125')).toMatch(/7th digit/);
  });
});

describe('isValidBin()', () => {
  it('accepts BINs whose check digit matches', () => {
    // 1·1 + 4·2 + 0·3 + 4·4 + 4·5 + 0 + 0 + 0 + 0 + 1·10 + 2·11 = 77; 77 mod 11 = 0
    expect(isValidBin('140440000120')).toBe(true);
    // first: 1 + 8 + 20 + 20 + 60 = 109 → 10; second: 3 + 16 + 30 + 28 + 6 = 83 → 6
    expect(isValidBin('140540000606')).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(binProblem('140440000121')).toBe('the check digit does not match');
  });

  it('rejects a month outside 01..12 and an entity type other than 4, 5, 6', () => {
    expect(binProblem('141340000120')).toMatch(/month/);
    expect(binProblem('140430000120')).toMatch(/5th digit/);
  });

  it('does not take an IIN for a BIN', () => {
    expect(isValidBin('850515300125')).toBe(false);
  });
});

describe('isValidIinOrBin()', () => {
  it('accepts either and says what is wrong with the one meant', () => {
    expect(isValidIinOrBin('850515300125')).toBe(true);
    expect(isValidIinOrBin('140440000120')).toBe(true);
    expect(iinOrBinProblem('140440000121')).toBe('the check digit does not match');
    expect(iinOrBinProblem('123')).toBe('must be 12 digits');
  });
});
