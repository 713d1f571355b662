import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface RawMailBucketProps {
  /** Days raw mail is kept. */
  readonly retentionDays: number;
}

/**
 * Days a noncurrent version (an overwritten or deleted object, or mail that just expired)
 * survives: the window to recover from an accidental delete. Mail is gone at most
 * retentionDays + this many days after it arrived.
 */
const NONCURRENT_DAYS = 30;

/** Access logs outlive the mail they describe: who read a citizen's message is audit data. */
const ACCESS_LOG_RETENTION_DAYS = 365;

/**
 * The bucket SES writes raw inbound mail to, plus the private bucket holding its
 * server access logs. Both are retained on stack deletion (see docs/ops.md, tearing down).
 */
export class RawMailBucket extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: RawMailBucketProps) {
    super(scope, id);

    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // S3 server access logging can only deliver to SSE-S3 buckets.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(ACCESS_LOG_RETENTION_DAYS), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it into itself would log every log delivery, forever.',
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      // SES cannot write to a bucket encrypted with a customer-managed KMS key without an extra key policy; SSE-S3 needs none.
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'raw-mail/',
      lifecycleRules: [
        {
          id: 'expire-raw-mail',
          expiration: Duration.days(props.retentionDays),
          // Expiry of a versioned object only adds a delete marker; the mail itself becomes noncurrent and goes here.
          noncurrentVersionExpiration: Duration.days(Math.min(NONCURRENT_DAYS, props.retentionDays)),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
        // Lone delete markers left after noncurrent versions expire (cannot share a rule with `expiration`).
        { id: 'remove-expired-delete-markers', expiredObjectDeleteMarker: true },
      ],
      // Raw mail is the evidence behind every recorded RSVP: never deleted with the stack.
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
