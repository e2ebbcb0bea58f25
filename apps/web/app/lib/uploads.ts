import { ApiError } from './graphql-client';
import { getAccessToken, onAccessTokenChange } from './session';

/** What `POST /uploads` answers: the stored image, stripped of its metadata and re-encoded. */
export interface UploadedImage {
  id: string;
  /** Same-origin address (`/media/<id>`), proxied to the API by the web server. */
  url: string;
  /** What a post's Markdown needs to show it. */
  markdown: string;
  contentType: string;
  width: number;
  height: number;
}

export interface UploadOptions {
  /** Alt text for the Markdown: what the picture shows, for people who cannot see it. */
  alt?: string;
  /** The access token; by default the session's. */
  token?: string | null;
  /** The API's address; by default the same origin. */
  baseUrl?: string;
  signal?: AbortSignal;
}

/** `![alt](url)`, with the characters that would end the alt text or break the Markdown escaped. */
export function imageMarkdown(url: string, alt = ''): string {
  const safeAlt = alt.replace(/[\r\n]+/g, ' ').replace(/([\\[\]])/g, '\\$1');
  return `![${safeAlt}](${url})`;
}

async function failure(response: Response): Promise<ApiError> {
  let body: { code?: string; message?: string } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // A proxy's HTML error page: the status says enough.
  }
  const code = body.code ?? (response.status === 413 ? 'PAYLOAD_TOO_LARGE' : response.status === 401 ? 'UNAUTHENTICATED' : response.status === 429 ? 'TOO_MANY_REQUESTS' : 'INTERNAL_SERVER_ERROR');
  return new ApiError(code, body.message ?? response.statusText, response.status);
}

/**
 * Uploads one image (multipart, field `file`) as the signed-in member. Errors are ApiError with the API's
 * code (UNSUPPORTED_MEDIA_TYPE, PAYLOAD_TOO_LARGE, IMAGE_TOO_LARGE, INVALID_IMAGE, TOO_MANY_REQUESTS,
 * UNAUTHENTICATED), ready for the error table of the form that shows them.
 */
export async function uploadImage(file: Blob, options: UploadOptions = {}): Promise<UploadedImage> {
  const token = options.token === undefined ? getAccessToken() : options.token;
  if (!token) throw new ApiError('UNAUTHENTICATED', 'Sign in to attach images', 401);
  const form = new FormData();
  form.append('file', file, file instanceof File ? file.name : 'image');
  const response = await fetch(`${options.baseUrl ?? ''}/uploads`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` }, signal: options.signal });
  if (!response.ok) throw await failure(response);
  const image = (await response.json()) as UploadedImage;
  return { id: image.id, url: image.url, markdown: imageMarkdown(image.url, options.alt), contentType: image.contentType, width: image.width, height: image.height };
}

/**
 * `<img>` cannot send the bearer token: after signing in (and on each new access token) the client opens the
 * media cookie session, so the images of private communities load; it closes it on signing out.
 */
export async function openMediaSession(options: { token?: string | null; baseUrl?: string } = {}): Promise<boolean> {
  const token = options.token === undefined ? getAccessToken() : options.token;
  if (!token) return false;
  const response = await fetch(`${options.baseUrl ?? ''}/media/session`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, credentials: 'same-origin' });
  return response.ok;
}

export async function closeMediaSession(options: { baseUrl?: string } = {}): Promise<void> {
  await fetch(`${options.baseUrl ?? ''}/media/session`, { method: 'DELETE', credentials: 'same-origin' });
}

let following: (() => void) | undefined;

/**
 * Keeps the media cookie in step with the session (called once in the browser): each new access token opens it
 * for that session, signing out clears it. Failures only mean private images do not show; nothing else waits.
 */
export function keepMediaSession(): void {
  following ??= onAccessTokenChange((token) => {
    void (token ? openMediaSession({ token }) : closeMediaSession()).catch(() => undefined);
  });
}
