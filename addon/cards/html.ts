// Card text accepts a little HTML (<b>, <i>, <font>, <br>), so every string from a draft or config is escaped.
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
