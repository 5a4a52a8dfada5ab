import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('the renderer is pure, so the browser can draw the same map later', () => {
  it('no file of shared/src/render uses Node modules, the DOM, the clock or yjs', () => {
    const dir = import.meta.dirname;
    const offenders = fs
      .readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .filter((f) => {
        const source = fs.readFileSync(path.join(dir, f), 'utf8');
        return /from\s+['"](node:|fs|path|yjs)/.test(source) || /\b(document|window)\.|new Date\(\)|Date\.now\(\)/.test(source);
      });
    expect(offenders).toEqual([]);
  });
});
