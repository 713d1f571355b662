import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, type BuiltApp } from '../../cdk/build-app';
import { repoPath } from '../../cdk/paths';

/** The context `cdk synth` gets from cdk.json: the tests synthesise what ops deploys. */
export function cdkJsonContext(): Record<string, unknown> {
  const json = JSON.parse(readFileSync(repoPath('cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  return json.context;
}

/** The committed example configuration (`rsvp` in cdk.json). */
export function exampleConfig(): Record<string, unknown> {
  return { ...(cdkJsonContext().rsvp as Record<string, unknown>) };
}

export interface Synthesized extends BuiltApp {
  template: Template;
  outdir: string;
  /** Deletes the cloud assembly (bundles included) from the temp dir. */
  cleanup(): void;
}

/**
 * Builds and synthesises the app (cdk-nag validation included: synthesis throws on any
 * unacknowledged finding). `bundle: false` skips esbuild for tests that do not look at code.
 */
export function synth(rsvpOverrides: Record<string, unknown> = {}, options: { bundle?: boolean } = {}): Synthesized {
  const outdir = mkdtempSync(join(tmpdir(), 'rsvp-cdk-'));
  const context: Record<string, unknown> = {
    ...cdkJsonContext(),
    rsvp: { ...exampleConfig(), ...rsvpOverrides },
    // What the CDK CLI sets: construct paths and asset paths in resource metadata (the tests find resources by them).
    'aws:cdk:enable-path-metadata': true,
    'aws:cdk:enable-asset-metadata': true,
  };
  // CDK's own switch: bundle no stack (assets become placeholders).
  if (options.bundle === false) context['aws:cdk:bundling-stacks'] = [];
  const built = buildApp({ context, outdir });
  return { ...built, template: Template.fromStack(built.stack), outdir, cleanup: () => rmSync(outdir, { recursive: true, force: true }) };
}
