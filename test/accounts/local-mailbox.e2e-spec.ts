import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUntil, startPlatform, type Platform } from '../support/harness';
import { graphql } from '../graphql';

jest.setTimeout(60_000);

describe('local mailbox', () => {
  let platform: Platform;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'palabre-mailbox-'));
    // No SMTP_URL: what `npm start` does on a newcomer's machine.
    platform = await startPlatform({ config: { MAIL_WORKER_ENABLED: 'true', DATA_DIR: dataDir } });
  });

  afterAll(async () => {
    await platform?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps outgoing mail as .eml files under the data directory, with a link one can open', async () => {
    const email = `newcomer-${Date.now()}@example.test`;
    const res = await platform.gql(graphql(`mutation LocalMailboxSignUp($input: SignUpInput!) { signUp(input: $input) }`), { input: { email, password: 'a long enough password', handle: `newcomer_${Date.now().toString(36).slice(-5)}` } });
    expect(res.errors).toBeUndefined();
    const mailbox = join(dataDir, 'mailbox');
    const files = await readUntil(() => readdir(mailbox).catch(() => [] as string[]), (found) => found.length === 2, 15_000);
    expect(files.map((file) => file.slice(-4)).sort()).toEqual(['.eml', '.txt']);
    const eml = await readFile(join(mailbox, files.find((file) => file.endsWith('.eml'))!), 'utf8');
    expect(eml).toContain(`To: ${email}`);
    expect(eml).toContain('Subject: Confirm your Palabre email address');
    const text = await readFile(join(mailbox, files.find((file) => file.endsWith('.txt'))!), 'utf8');
    const token = /http:\/\/localhost:3000\/account\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];
    // The link proves the address and signs in.
    const verified = await platform.gql(graphql(`mutation LocalMailboxVerifyEmail($t: String!) { verifyEmail(token: $t) { member { email emailVerified } } }`), { t: token! });
    expect(verified.data).toEqual({ verifyEmail: { member: { email, emailVerified: true } } });
  });
});
