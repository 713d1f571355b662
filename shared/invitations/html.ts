/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A paragraph of escaped text, line breaks kept. */
export function paragraph(text: string): string {
  return `<p>${escapeHtml(text).replace(/\n/g, '<br>\n')}</p>`;
}
