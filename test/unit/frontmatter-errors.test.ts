import { describe, expect, it } from 'vitest';
import { describeYamlError, fieldAtLine, isYamlError } from '../../src/lib/frontmatter-errors';

const page = ['---', 'title: Orders: a guide', 'summary:', '  - One point', '  - Two: points', 'sources:', '  - label: x', '---', 'Body: text'].join('\n');

describe('fieldAtLine', () => {
  it.each([
    [2, 'title'],
    [4, 'summary'],
    [5, 'summary'],
    [7, 'sources'],
  ])('line %i belongs to %s', (line, field) => {
    expect(fieldAtLine(page, line)).toBe(field);
  });

  it('cannot tell for the opening line or the body', () => {
    expect(fieldAtLine(page, 1)).toBeUndefined();
    expect(fieldAtLine(page, 9)).toBeUndefined();
  });
});

describe('describeYamlError', () => {
  const error = Object.assign(new Error('bad indentation of a mapping entry'), {
    name: 'YAMLException',
    reason: 'bad indentation of a mapping entry',
    loc: { file: '/site/src/content/guidance/orders.mdx', line: 2, column: 14 },
  });

  it('is recognised only with a location', () => {
    expect(isYamlError(error)).toBe(true);
    expect(isYamlError(Object.assign(new Error('x'), { name: 'YAMLException' }))).toBe(false);
    expect(isYamlError(new Error('x'))).toBe(false);
  });

  it('names the file, the field, the line and column, and the reason', () => {
    expect(describeYamlError(error, page, '/site')).toMatch(
      /^src\/content\/guidance\/orders\.mdx: the frontmatter is not valid YAML in the field "title" \(line 2, column 14\): bad indentation of a mapping entry\. Put quotes/,
    );
  });
});
