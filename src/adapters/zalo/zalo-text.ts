/** Zalo's limit for one text message (the Bot API's sendMessage, the OA's consultation and group messages). */
export const ZALO_MAX_TEXT = 2000;

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/**
 * The pieces of one line, each at most `max` UTF-16 units, cut between graphemes (an emoji with its modifiers,
 * a letter with its combining marks stay whole). Zalo does not say whether its 2 000 characters are code points
 * or UTF-16 units; a UTF-16 length is never below the code-point count, so keeping to it satisfies either.
 */
function piecesOf(line: string, max: number): string[] {
  if (line.length <= max) return [line];
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(line)) {
    // A single grapheme longer than a message (a letter under hundreds of marks) is cut between code points.
    const parts = segment.length > max ? splitCodePoints(segment, max) : [segment];
    for (const part of parts) {
      if (current.length + part.length > max) {
        pieces.push(current);
        current = '';
      }
      current += part;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

function splitCodePoints(text: string, max: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const char of text) {
    if (current.length + char.length > max) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * Splits plain text into messages of at most `max` characters, counted both ways (code points and UTF-16
 * units), at line breaks where possible and never inside a grapheme, so that a long list arrives as several
 * readable messages rather than one the API refuses.
 */
export function splitText(text: string, max = ZALO_MAX_TEXT): string[] {
  const chunks: string[] = [];
  let current = '';
  const flush = () => {
    if (current) chunks.push(current);
    current = '';
  };
  for (const line of text.split('\n')) {
    for (const piece of piecesOf(line, max)) {
      const joined = current ? `${current}\n${piece}` : piece;
      if (joined.length > max) {
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
