import { buildApp } from './build-app';
import { StackConfigError } from './stack-config';

// Entry point of `cdk synth` / `cdk deploy` (cdk.json "app"). Config errors are the
// operator's to fix: print the message naming the key, not a stack trace.
try {
  buildApp().app.synth();
} catch (error) {
  if (!(error instanceof StackConfigError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
