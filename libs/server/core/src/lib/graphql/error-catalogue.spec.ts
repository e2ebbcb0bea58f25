import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ALL_ERROR_CODES, ErrorCode } from '@palabre/contracts';

const ROOT = join(__dirname, '..', '..', '..', '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('the error catalogue', () => {
  it('lists every code once, the generic ones included', () => {
    expect(new Set(ALL_ERROR_CODES).size).toBe(ALL_ERROR_CODES.length);
    expect(ALL_ERROR_CODES).toEqual(expect.arrayContaining(Object.values(ErrorCode)));
  });

  it('is where every server error takes its code: no AppError is thrown with a bare string', () => {
    const bare = [join(ROOT, 'libs/server'), join(ROOT, 'apps')]
      .flatMap(sources)
      .filter((file) => /new AppError\(\s*['"`]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(bare).toEqual([]);
  });
});
