import { createAwsServices } from '../shared/app/aws-services';
import type { Services } from '../shared/app/services';
import { loadConfig } from '../shared/config';
import { openLocalServices } from '../local/open-local';

export interface GlobalOptions {
  aws?: boolean;
}

/** Opens services for a CLI command: the local stack (default) or the deployed one (`--aws`). */
export type OpenServices = () => Promise<Services>;

/** Builds the opener from the global flags; config is parsed once, here. */
export function servicesOpener(getOptions: () => GlobalOptions): OpenServices {
  return async () => {
    const opts = getOptions();
    const config = loadConfig();
    return opts.aws ? createAwsServices({ ...config, RSVP_MODE: 'aws' }) : openLocalServices(config);
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
