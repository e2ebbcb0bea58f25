import { subjectPath } from './subject-link';

const id = (text: string) => Buffer.from(text).toString('base64url');

describe('subjectPath', () => {
  it('links threads and ideas to their page in the community', () => {
    expect(subjectPath(id('Thread:0b6c0c7e-1111-4222-8333-944444444444'), 'trail-gear')).toBe(`/c/trail-gear/t/${id('Thread:0b6c0c7e-1111-4222-8333-944444444444')}`);
    expect(subjectPath(id('Idea:0b6c0c7e-1111-4222-8333-944444444444'), 'atelier-velo')).toMatch(/^\/c\/atelier-velo\/i\//);
  });

  it('gives no link for other subjects or missing data', () => {
    expect(subjectPath(id('Reply:0b6c0c7e-1111-4222-8333-944444444444'), 'trail-gear')).toBeNull();
    expect(subjectPath(null, 'trail-gear')).toBeNull();
    expect(subjectPath(id('Thread:x'), null)).toBeNull();
  });
});
