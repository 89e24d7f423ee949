import { describe, expect, test } from 'vitest';
import { paragraphSpans } from '../../src/domain/paragraphs';

const paragraphs = (text: string) => paragraphSpans(text).map(({ start, end }) => text.slice(start, end));

describe('paragraphs of a passage', () => {
  test('a blank line ends a paragraph; a single line break does not', () => {
    expect(paragraphs('One. Two.\n\nThree.\nStill three.\n \n\nFour.')).toEqual(['One. Two.', 'Three.\nStill three.', 'Four.']);
  });

  test('text without breaks is one paragraph, and offsets point into the original text', () => {
    expect(paragraphSpans('Just one.')).toEqual([{ start: 0, end: 9 }]);
    expect(paragraphSpans('A.\r\n\r\nB.').map(({ start, end }) => 'A.\r\n\r\nB.'.slice(start, end).trim())).toEqual(['A.', 'B.']);
  });
});
