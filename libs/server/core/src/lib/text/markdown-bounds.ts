/**
 * Bounds on what a Markdown source may ask of the parser. marked parses nested containers and
 * emphasis recursively: thousands of `>` levels overflow the stack, and long delimiter runs or deep
 * indentation make it slow. Within the length limits a person never needs more than these, so the
 * excess is kept as literal text (escaped), not refused: what was typed stays readable.
 */
export const MAX_BLOCK_NESTING = 12;
/** List items nest every two columns of indentation. */
export const MAX_INDENT = 2 * MAX_BLOCK_NESTING;
/** `***` is bold italic; longer runs of one emphasis character mean nothing more. */
const MAX_DELIMITER_RUN = 3;
/** Emphasis delimiters per line beyond which the rest of the line is kept literal (marked matches them pairwise). */
const MAX_DELIMITERS_PER_LINE = 200;

/** A container marker at the start of a line (after optional spaces): a quote or a list item. */
const CONTAINER_MARKER = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

const escapeMarker = (marker: string) => marker.replace(/[>*+\-.)]/g, (character) => `\\${character}`);

function boundContainers(line: string): string {
  let rest = line;
  let kept = '';
  for (let depth = 0; ; depth += 1) {
    const marker = CONTAINER_MARKER.exec(rest);
    if (!marker) return kept + rest;
    if (depth >= MAX_BLOCK_NESTING) {
      // Markers past the limit become literal text, so the parser sees one more paragraph line.
      let literal = '';
      for (let more = CONTAINER_MARKER.exec(rest); more; more = CONTAINER_MARKER.exec(rest)) {
        literal += escapeMarker(more[0]);
        rest = rest.slice(more[0].length);
      }
      return kept + literal + rest;
    }
    kept += marker[0];
    rest = rest.slice(marker[0].length);
  }
}

function boundIndent(line: string): string {
  const indent = /^[ \t]*/.exec(line)![0];
  const width = indent.replace(/\t/g, '    ').length;
  return width > MAX_INDENT ? ' '.repeat(MAX_INDENT) + line.slice(indent.length) : line;
}

function boundDelimiters(line: string): string {
  let seen = 0;
  return line.replace(/([*_~])\1*/g, (run: string) => {
    seen += 1;
    if (seen > MAX_DELIMITERS_PER_LINE) return run.replace(/./g, (character) => `\\${character}`);
    if (run.length <= MAX_DELIMITER_RUN) return run;
    return run.slice(0, MAX_DELIMITER_RUN) + run.slice(MAX_DELIMITER_RUN).replace(/./g, (character) => `\\${character}`);
  });
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** The source with its nesting and delimiter runs bounded; fenced code is left exactly as written. */
export function boundMarkdown(source: string): string {
  let fence: string | null = null;
  return source
    .split('\n')
    .map((line) => {
      const opening = FENCE.exec(line);
      if (fence !== null) {
        if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
        return line;
      }
      if (opening) {
        fence = opening[1];
        return line;
      }
      return boundDelimiters(boundContainers(boundIndent(line)));
    })
    .join('\n');
}
