// Text from data in HTML and SVG: element content and quoted attribute values. Templates get the
// same from Handlebars' `{{ }}`; this is for the HTML and SVG that code writes itself (charts,
// captions, the preview's error page), so that both say the same thing about the same text.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;', '`': '&#x60;', '=': '&#x3D;' };

/** Safe as element content and inside a quoted attribute value, in HTML and in SVG (XML). */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"'`=]/g, (c) => ENTITIES[c]!);
}
