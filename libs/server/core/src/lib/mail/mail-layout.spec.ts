import { deriveLinkToken, renderMail } from './mail-layout';
import { mailJobId, mailMessageId } from './mail-ids';

describe('renderMail', () => {
  it('says the same in text and HTML, escapes every value, and loads nothing remote', () => {
    const mail = renderMail('FR', 'Sujet <i>', [{ p: 'Bonjour <script>alert(1)</script> & co' }, { list: ['un "deux"'] }, { link: 'http://x.test/a?token=1&b=2', label: 'Ouvrir' }, { small: 'Pourquoi' }]);
    expect(mail.text).toBe('Bonjour <script>alert(1)</script> & co\n\n- un "deux"\n\nOuvrir:\nhttp://x.test/a?token=1&b=2\n\n-- \nPourquoi\n');
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('Bonjour &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(mail.html).toContain('href="http://x.test/a?token=1&amp;b=2"');
    expect(mail.html).not.toMatch(/<script|<img|src=|@import|url\(/i);
  });
});

describe('mail ids', () => {
  it('derives the job id, the Message-ID and link tokens deterministically from their inputs', () => {
    expect(mailJobId('digest:1')).toBe(mailJobId('digest:1'));
    expect(mailJobId('digest:1')).not.toBe(mailJobId('digest:2'));
    expect(mailJobId('digest:1')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(mailMessageId('k', 'Palabre <no-reply@example.org>')).toMatch(/^<[0-9a-f]{40}@example\.org>$/);
    expect(deriveLinkToken('secret', 'id')).toBe(deriveLinkToken('secret', 'id'));
    expect(deriveLinkToken('secret', 'id')).not.toBe(deriveLinkToken('other', 'id'));
  });
});
