import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, graphqlRequest } from './graphql-client';
import { TypedDocumentString } from '../graphql/graphql';

const Query = new TypedDocumentString<{ communities: { totalCount: number } }, Record<string, never>>('query { communities(first: 1) { totalCount } }');

/** A stand-in API on a real socket, answering each request with the next scripted body. */
function api(answers: { status: number; body: unknown }[]): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        const answer = answers.shift() ?? { status: 500, body: {} };
        response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
      });
    });
    server.listen(0, '127.0.0.1', () => {
      process.env.WEB_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve(server);
    });
  });
}

describe('graphqlRequest error mapping', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

  it('turns a top-level error into an ApiError with its code and HTTP status', async () => {
    server = await api([{ status: 200, body: { data: null, errors: [{ message: 'not found', path: ['community'], extensions: { code: 'NOT_FOUND' } }] } }]);
    const error = await graphqlRequest(Query, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('keeps the page when only a nested nullable field failed', async () => {
    server = await api([{ status: 200, body: { data: { communities: { totalCount: 2 } }, errors: [{ message: 'members only', path: ['communities', 'promises'], extensions: { code: 'UNAUTHENTICATED' } }] } }]);
    await expect(graphqlRequest(Query, {})).resolves.toEqual({ communities: { totalCount: 2 } });
  });

  it('reads a 429 without a body as TOO_MANY_REQUESTS', async () => {
    server = await api([{ status: 429, body: {} }]);
    await expect(graphqlRequest(Query, {})).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 429 });
  });
});
