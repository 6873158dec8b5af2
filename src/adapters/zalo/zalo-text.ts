/** Zalo's limit for one text message (the Bot API's sendMessage, the OA's consultation and group messages). */
export const ZALO_MAX_TEXT = 2000;

/**
 * Splits plain text into messages of at most `max` characters, at line breaks where possible, so that a long
 * list arrives as several readable messages rather than one the API refuses.
 */
export function splitText(text: string, max = ZALO_MAX_TEXT): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current) chunks.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    // Code points, not UTF-16 units: a split must not cut an emoji or a combining mark's base in two.
    const chars = [...line];
    const pieces: string[] = [];
    for (let start = 0; start < chars.length || start === 0; start += max) pieces.push(chars.slice(start, start + max).join(''));
    for (const piece of pieces) {
      const joined = current ? `${current}\n${piece}` : piece;
      if ([...joined].length > max) {
        flush();
        current = piece;
      } else {
        current = joined;
      }
    }
  }
  flush();
  return chunks.length > 0 ? chunks : [''];
}
