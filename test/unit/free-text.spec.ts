import { TEXT_REF_PATTERN, controlCharacterPath, holdsWords, textRef } from '../../libs/domain/src';

describe('free text kept out of workflows', () => {
  it('makes a reference the pattern finds, and only for a uuid', () => {
    const id = '0b6f4a3c-1d2e-4f50-8a9b-0c1d2e3f4a5b';
    expect([...`why: ${textRef(id)}.`.matchAll(TEXT_REF_PATTERN)].map((m) => m[1])).toEqual([id]);
    expect([...'{{text:not-a-uuid}} {{carers}}'.matchAll(TEXT_REF_PATTERN)]).toEqual([]);
  });

  it('leaves blank text in place, so the rules still refuse a blank reason', () => {
    expect([holdsWords('  \n'), holdsWords(''), holdsWords(3), holdsWords(' a ')]).toEqual([false, false, false, true]);
  });

  it('names the first string, value or key, holding a control character or a lone surrogate', () => {
    expect(controlCharacterPath({ notes: 'two\r\nlines\tok', data: { list: ['fine'] } })).toBeUndefined();
    expect(controlCharacterPath({ data: { list: ['fine', 'bell\u0007'] } })).toBe('argument.data.list.1');
    expect(controlCharacterPath({ reason: 'esc \u001b[31m' })).toBe('argument.reason');
    expect(controlCharacterPath({ reason: 'C1 \u0085' })).toBe('argument.reason');
    expect(controlCharacterPath({ reason: 'DEL \u007f' })).toBe('argument.reason');
    expect(controlCharacterPath({ ['k\u0000']: 1 })).toBe('argument (a key)');
    expect(controlCharacterPath({ t: 'lone \ud800' })).toBe('argument.t');
    expect(controlCharacterPath({ t: 'pair \ud83d\ude00' })).toBeUndefined();
  });
});
