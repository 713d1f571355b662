import { analyzeText } from '../../../shared/understanding/analyze-text';
import { extractDetails } from '../../../shared/understanding/details';
import type { Details } from '../../../shared/understanding/details';

/** Details as read for a yes: headcount and speaker do not depend on how the intent was decided. */
export function asYes(text: string): Details {
  return extractDetails(text, analyzeText(text), 'yes');
}
