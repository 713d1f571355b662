/** Where inbound raw mail is kept: S3 in production (written by SES), a folder locally. */
export interface RawMailStore {
  put(key: string, raw: Buffer): Promise<void>;
  /** Throws RawMailError RAW_MAIL_MISSING when absent. */
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
}
