import { createAwsServices } from '../shared/app/aws-services';
import type { Services } from '../shared/app/services';
import { loadConfig } from '../shared/config';
import { ConfigError } from '../shared/errors';
import { openLocalServices } from '../local/open-local';
import { configFromCdkOutputs } from './cdk-outputs';

export interface GlobalOptions {
  aws?: boolean;
  /** `cdk-outputs.json`: names the deployed table, bucket, queue and region; implies --aws. */
  outputs?: string;
  stack?: string;
}

/** Opens services for a CLI command: the local stack (default) or the deployed one (`--aws`). */
export type OpenServices = () => Promise<Services>;

/** Builds the opener from the global flags; config is parsed once, here. */
export function servicesOpener(getOptions: () => GlobalOptions): OpenServices {
  return async () => {
    const opts = getOptions();
    if (opts.stack && !opts.outputs) throw new ConfigError('--stack picks a stack in --outputs <file>; give --outputs too');
    const config = loadConfig(undefined, opts.outputs ? await configFromCdkOutputs(opts.outputs, opts.stack) : {});
    return opts.aws || opts.outputs ? createAwsServices({ ...config, RSVP_MODE: 'aws' }) : openLocalServices(config);
  };
}

/** Runs `fn` with services and always closes them. */
export async function withServices<T>(open: OpenServices, fn: (services: Services) => Promise<T>): Promise<T> {
  const services = await open();
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}
