import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';

export interface UploadedFile {
  filename: string;
  buffer: Buffer;
}

/** The single `file` part of a multipart upload, read within the configured size limit. */
export async function readUploadedFile(request: FastifyRequest): Promise<UploadedFile> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 415);
  const part = await request.file();
  if (!part) throw new AppError('FILE_INVALID', 400);
  const buffer = await part.toBuffer();
  if (part.file.truncated) throw new AppError('FILE_TOO_LARGE', 413);
  if (buffer.length === 0) throw new AppError('FILE_INVALID', 400);
  return { filename: part.filename ?? 'upload', buffer };
}
