import { S3Client } from '@aws-sdk/client-s3';
import { SESClient } from '@aws-sdk/client-ses';
import { createDynamoStore } from '../adapters/dynamodb/dynamo-store';
import { createDocumentClient } from '../adapters/dynamodb/table';
import { createS3RawMailStore } from '../adapters/s3/s3-raw-mail';
import { createSesTransport } from '../adapters/ses/ses-transport';
import { withoutSdkLogging } from '../adapters/lean-sdk-client';
import type { Config } from '../config';
import { ConfigError } from '../errors';
import { systemClock } from '../ports/clock';
import { createLogger } from './logger';
import type { Services } from './services';

/** Services against AWS: DynamoDB, S3 (raw mail written by SES), SES SendRawEmail. */
export function createAwsServices(config: Config): Services {
  if (!config.RSVP_RAW_BUCKET) throw new ConfigError('RSVP_RAW_BUCKET: required in aws mode (the raw-mail bucket SES writes to)');
  const doc = createDocumentClient({ region: config.AWS_REGION });
  const s3 = withoutSdkLogging(new S3Client({ region: config.AWS_REGION }));
  // maxAttempts 1: the transport retries throttling itself; the SDK's retries could double a mail.
  const ses = withoutSdkLogging(new SESClient({ region: config.AWS_REGION, maxAttempts: 1 }));
  return {
    config,
    clock: systemClock,
    store: createDynamoStore({ doc, table: config.RSVP_TABLE }),
    transport: createSesTransport(ses, { region: config.AWS_REGION }),
    rawMail: createS3RawMailStore(s3, config.RSVP_RAW_BUCKET),
    log: createLogger(config.RSVP_LOG_LEVEL),
    close: async () => {
      doc.destroy();
      s3.destroy();
      ses.destroy();
    },
  };
}
