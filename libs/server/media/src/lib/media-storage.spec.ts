import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from './media-storage';

describe('LocalDiskStorage', () => {
  const id = '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b';

  it('stores, reads and deletes the variants of an image, then its directory', async () => {
    const root = mkdtempSync(join(tmpdir(), 'palabre-storage-'));
    const storage = new LocalDiskStorage(root);
    await storage.put(`${id}/full`, Buffer.from('full'));
    await storage.put(`${id}/w480`, Buffer.from('small'));

    expect((await storage.get(`${id}/w480`))?.toString()).toBe('small');
    expect(readdirSync(join(root, id)).sort()).toEqual(['full', 'w480']);

    await storage.delete([`${id}/full`, `${id}/w480`, `${id}/w1280`]);
    expect(await storage.get(`${id}/full`)).toBeNull();
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses keys that could leave its directory', async () => {
    const storage = new LocalDiskStorage(mkdtempSync(join(tmpdir(), 'palabre-storage-')));
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/Refusing media key/);
    await expect(storage.put(`${id}/../../x`, Buffer.from('x'))).rejects.toThrow(/Refusing media key/);
  });
});
