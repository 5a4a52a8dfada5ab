import { describe, expect, it } from 'vitest';
import { isJsonContentType } from './contentType.ts';

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON;Charset=UTF-8', true],
    ['application/json; charset="utf-8"', true],
    ['application/json; charset=utf8', true],
    ['application/json; charset=iso-8859-1', false],
    ['application/json; boundary=x', false],
    ['text/plain', false],
    ['text/plain; charset=utf-8', false],
    ['application/x-www-form-urlencoded', false],
    ['multipart/form-data; boundary=x', false],
    ['application/jsonp', false],
    ['application/json-patch+json', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
});
