import { Stack, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * How cdk-nag prints a `Fn::GetAtt [X, Arn]` inside an IAM5 finding: `<LogicalId.Arn>`.
 * Acknowledgements must quote the finding exactly, so they are built from the same id.
 */
export function nagArnRef(resource: IConstruct): string {
  const stack = Stack.of(resource);
  const element = resource.node.defaultChild as CfnElement | undefined;
  if (!element) throw new Error(`${resource.node.path} has no CloudFormation resource`);
  return `<${stack.resolve(stack.getLogicalId(element)) as string}.Arn>`;
}
