import multer from 'multer';
import type { Request, Response } from 'express';
import { ErrorCode, MediaErrorCode } from '@palabre/contracts';
import { MediaHttpError } from './media-http-errors';

/** Multipart overhead allowed on top of the file itself (boundaries, part headers). */
const ENVELOPE_BYTES = 64 * 1024;

const tooLarge = (maxBytes: number) => new MediaHttpError(413, MediaErrorCode.PayloadTooLarge, `Images may weigh at most ${Math.floor(maxBytes / (1024 * 1024)) || maxBytes} ${maxBytes >= 1024 * 1024 ? 'MB' : 'bytes'}`);
/** Why a multipart body could not be read, as the client sent it: a 400, never a 500. */
const malformed = (error: unknown) =>
  error instanceof multer.MulterError || (error instanceof Error && /multipart|boundary/i.test(error.message))
    ? missingFile()
    : new MediaHttpError(400, ErrorCode.BAD_USER_INPUT, 'The multipart body could not be read; send one image in a field named "file"');
const missingFile = () => new MediaHttpError(400, ErrorCode.BAD_USER_INPUT, 'Send one image as multipart/form-data in a field named "file"');

/**
 * Reads the one file of a multipart request into memory, at most `maxBytes` (multer stops reading past
 * it). A declared length already over the limit is refused before any byte is read.
 */
export async function readUploadedFile(request: Request, response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes + ENVELOPE_BYTES) throw tooLarge(maxBytes);
  if (!request.is('multipart/form-data')) throw missingFile();
  const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxBytes, files: 1, fields: 5, parts: 6, fieldSize: 1024 } }).single('file');
  try {
    await new Promise<void>((resolve, reject) => parse(request, response, (error: unknown) => (error ? reject(error) : resolve())));
  } catch (error) {
    if (error instanceof multer.MulterError && error.code === 'LIMIT_FILE_SIZE') throw tooLarge(maxBytes);
    // Anything else multer or busboy stumble on is the body itself (a truncated form, a malformed part header,
    // an over-long field name, an ill-formed file name...): reading it involves nothing of the server's.
    throw malformed(error);
  }
  const file = (request as Request & { file?: Express.Multer.File }).file;
  if (!file || file.size === 0) throw missingFile();
  return file.buffer;
}
