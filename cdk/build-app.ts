import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { RsvpStack } from './rsvp-stack';
import { loadStackConfig, type StackConfig } from './stack-config';

export interface BuildAppOptions {
  /** Context as cdk.json would give it (tests pass it; the CLI passes it through the environment). */
  readonly context?: Record<string, unknown>;
  readonly outdir?: string;
}

export interface BuiltApp {
  readonly app: App;
  readonly stack: RsvpStack;
  readonly config: StackConfig;
}

/**
 * The app exactly as `cdk synth` builds it: validated config, the stack, and the cdk-nag
 * AwsSolutions pack registered as a synthesis validation plugin (cdk-nag 3 API), so any
 * unacknowledged finding fails synthesis.
 */
export function buildApp(options: BuildAppOptions = {}): BuiltApp {
  const app = new App({
    ...(options.context ? { context: options.context } : {}),
    ...(options.outdir ? { outdir: options.outdir } : {}),
  });
  const config = loadStackConfig(app.node);
  const account = config.account ?? process.env.CDK_DEFAULT_ACCOUNT;
  const stack = new RsvpStack(app, config.stackName, {
    config,
    // Region is pinned (SES receiving); the account is left to the deploying credentials unless configured.
    env: { region: config.region, ...(account ? { account } : {}) },
    description: `RSVP by email for ${config.mailDomain}: SES inbound, Lambda, DynamoDB, daily digest`,
  });
  Tags.of(app).add('service', 'rsvp-mail');
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
  return { app, stack, config };
}
