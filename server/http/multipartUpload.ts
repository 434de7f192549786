import { createHash } from 'node:crypto';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError, badRequest } from '../errors';

/** One file read from a multipart request: its bytes, digest and what the client said of it. */
export interface UploadedFile {
  name: string;
  /** what the client claimed; the server trusts only the sniffed type */
  declaredType: string;
  content: Buffer;
  size: number;
  sha256: string;
  /** the text fields sent before and after the file (`field`, `document`) */
  fields: Record<string, string>;
}

export const tooLarge = (limit: number) =>
  new AppError(413, 'TOO_LARGE', `the file is larger than ${limit} bytes`, [
    { path: '/file', message: `must be at most ${limit} bytes` },
  ]);

/**
 * Streams one file out of a multipart/form-data request with busboy: it is hashed as it
 * arrives and refused (413) the moment it passes `limit`, so an oversized upload is never
 * held whole. The bytes are kept for the store, which writes them in one transaction.
 */
export function readUpload(req: Request, limit: number): Promise<UploadedFile> {
  const contentType = req.headers['content-type'] ?? '';
  if (!contentType.startsWith('multipart/form-data')) {
    return Promise.reject(
      badRequest('an upload is multipart/form-data', [
        { path: '/file', message: 'send the file as multipart/form-data' },
      ]),
    );
  }
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // browsers send file names as raw UTF-8
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: limit, fields: 10, fieldSize: 1000 },
      });
    } catch (error) {
      reject(
        badRequest(`malformed multipart request: ${(error as Error).message}`, [
          { path: '/file', message: 'malformed' },
        ]),
      );
      return;
    }
    const fields: Record<string, string> = {};
    let file: Omit<UploadedFile, 'fields'> | undefined;
    let failure: AppError | undefined;
    let pending: Promise<void> = Promise.resolve();
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('file', (fieldName, stream, info) => {
      if (fieldName !== 'file' || file) {
        stream.resume();
        return;
      }
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      pending = new Promise<void>((done) => {
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          hash.update(chunk);
          chunks.push(chunk);
        });
        stream.on('limit', () => {
          failure = tooLarge(limit);
          chunks.length = 0;
        });
        stream.on('close', () => {
          if (!failure)
            file = {
              name: info.filename || 'file',
              declaredType: info.mimeType,
              content: Buffer.concat(chunks),
              size,
              sha256: hash.digest('hex'),
            };
          done();
        });
      });
    });
    parser.on('error', (error: Error) => {
      reject(badRequest(`malformed multipart request: ${error.message}`, [{ path: '/file', message: 'malformed' }]));
    });
    parser.on('close', () => {
      void pending.then(() => {
        if (failure) return reject(failure);
        if (!file) return reject(badRequest('no file was sent', [{ path: '/file', message: 'is required' }]));
        resolve({ ...file, fields });
      });
    });
    req.pipe(parser);
  });
}
