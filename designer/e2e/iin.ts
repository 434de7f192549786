import { checkDigit } from '../../runtime/forms';

/** A valid IIN for a birth date (YYMMDD) and a century-and-sex digit: the runtime computes the check digit. */
export function validIin(yymmdd = '900315', centurySex = '3', serial = '0123'): string {
  for (let s = Number(serial); s < 10_000; s++) {
    const first11 = `${yymmdd}${centurySex}${String(s).padStart(4, '0')}`;
    const digit = checkDigit(first11);
    if (digit !== undefined && digit < 10) return first11 + String(digit);
  }
  throw new Error('no IIN found');
}
