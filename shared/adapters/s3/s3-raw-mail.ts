import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { RawMailError } from '../../errors';
import type { RawMailStore } from '../../ports/raw-mail';

/** Raw mail in the S3 bucket SES writes to. */
export function createS3RawMailStore(s3: S3Client, bucket: string): RawMailStore {
  return {
    async put(key, raw) {
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: raw }));
    },
    async get(key) {
      try {
        const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (!got.Body) throw new RawMailError('RAW_MAIL_MISSING', `s3://${bucket}/${key} has no body`);
        return Buffer.from(await got.Body.transformToByteArray());
      } catch (cause) {
        if (cause instanceof RawMailError) throw cause;
        if (cause instanceof NoSuchKey || (cause as { name?: string }).name === 'NoSuchKey') throw new RawMailError('RAW_MAIL_MISSING', `s3://${bucket}/${key} does not exist`, { cause });
        throw new RawMailError('RAW_MAIL_UNAVAILABLE', `s3://${bucket}/${key} could not be read`, { cause });
      }
    },
    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
