import { describe, expect, it } from 'vitest';
import { operandText, parseOperand } from './FormLogicEditors';

describe('the check builder reads one box per side', () => {
  it('when the analyst types a path, "=18" or "a + b", then the operand is a field, a constant or a sum', () => {
    expect(parseOperand('expires')).toEqual({ field: 'expires' });
    expect(parseOperand('= 18')).toEqual({ value: 18 });
    expect(parseOperand('=yes')).toEqual({ value: 'yes' });
    expect(parseOperand('a + b')).toEqual({ sum: ['a', 'b'] });
  });

  it('when an operand is shown, then it reads back as typed', () => {
    for (const text of ['issued', '=18', 'a + b']) expect(operandText(parseOperand(text))).toBe(text);
  });
});
