// Taking results away: the analysis as JSON, the attributions as CSV, a
// Markdown report, and a share link that carries the text itself, compressed,
// in the URL fragment (which browsers never send to a server).

import { BASES, HEDGE_KINDS, STRENGTHS, UNATTRIBUTED_KINDS, kindLabel, unattributedLabel } from './labels.js';

/** The analysis as pretty JSON. */
export function toJson(analysis) {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

/** One CSV field: quoted when it holds a comma, quote or line break; formula-leading cells are defused. */
function field(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const CSV_COLUMNS = [
  'cue', 'source', 'source_kind', 'resolved_kind', 'via', 'via_kind', 'content', 'basis',
  'cue_start', 'cue_end', 'source_start', 'source_end', 'content_start', 'content_end',
];

/** The attributions as CSV (RFC 4180, CRLF line ends), one row each; offsets are UTF-16. */
export function toCsv(analysis) {
  const rows = [CSV_COLUMNS];
  for (const a of analysis.attributions) {
    rows.push([
      a.cue.text, a.source?.text, a.source?.kind, a.source?.resolved_kind, a.source?.via?.text,
      a.source?.via?.kind, a.content?.text, a.basis, a.cue.start, a.cue.end, a.source?.start,
      a.source?.end, a.content?.start, a.content?.end,
    ]);
  }
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

const md = (text) => String(text).replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ');

/** A Markdown report: the scorecard, the sources, and the hedged and anonymous statements. */
export function toMarkdown(analysis, title = 'Article') {
  const s = analysis.summary;
  const lines = [
    `# whosaid report: ${md(title)}`,
    '',
    `${s.words} words, ${s.sentences} sentences, ${s.claims} statements.`,
    '',
    '## Scorecard',
    '',
    '| measure | value |',
    '| --- | --- |',
    `| hedges per 100 words | ${s.hedges_per_100_words.toFixed(1)} |`,
    `| the article’s own hedges | ${s.hedges_by_whose.writer} |`,
    `| sources’ hedges | ${s.hedges_by_whose.source} (${s.hedges_in_quotes} in quotes) |`,
    `| heavily hedged sentences | ${s.sentences_by_hedge_level.heavy} |`,
    `| credited to no one | ${s.unattributed} |`,
    `| sentences with no attribution | ${s.sentences - s.attributed_sentences} |`,
    `| anonymous share of attributed sentences | ${Math.round((s.attributed_sentences ? s.anonymous_share : 0) * 100)}% |`,
    `| hedged statements | ${s.hedged_claims} of ${s.claims} |`,
    `| distinct sources | ${s.sources.length} |`,
    '',
    '### Statements by what they rest on',
    '',
    ...BASES.map(([key, label]) => `- ${label}: ${s.claims_by_basis[key] ?? 0}`),
    '',
    '### Hedges by kind',
    '',
    ...HEDGE_KINDS.map(([key, label]) => `- ${label}: ${s.hedges_by_category[key] ?? 0}`),
    '',
    '### Hedges by strength',
    '',
    ...STRENGTHS.map(([key, label]) => `- ${label}: ${s.hedges_by_strength[key] ?? 0}`),
    '',
    '### Credited to no one',
    '',
    ...UNATTRIBUTED_KINDS.map(([key, label]) => `- ${label}: ${s.unattributed_by_kind[key] ?? 0}`),
    ...(analysis.unattributed ?? []).map((u) => `  - ${unattributedLabel(u.kind)}: ${md(u.text)}`),
    '',
    '## Sources',
    '',
    ...(s.sources.length
      ? s.sources.map((src) => `- ${md(src.text)} (${kindLabel(src.kind).toLowerCase()}): ${src.attributions} attributions, ${src.claims} statements`)
      : ['No sources found.']),
    '',
  ];
  const anonymous = analysis.claims.filter((c) => c.basis === 'anonymous');
  const hedged = analysis.claims.filter((c) => c.hedged);
  for (const [heading, claims] of [['Anonymously sourced statements', anonymous], ['Hedged statements', hedged]]) {
    lines.push(`## ${heading}`, '');
    if (!claims.length) lines.push('None.');
    for (const claim of claims) {
      const hedges = claim.hedges.map((i) => analysis.hedges[i].text);
      const level = claim.hedged ? `, ${claim.hedge_level}` : '';
      lines.push(`- > ${md(claim.text)}${hedges.length ? ` (hedges: ${hedges.map(md).join(', ')}${level})` : ''}`);
    }
    lines.push('');
  }
  lines.push('Made with whosaid, in the browser; the text never left it.', '');
  return lines.join('\n');
}

/** Starts a download of `content` as `filename`. */
export function download(filename, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

/** The URL fragment (`#text=…`) carrying `text`, deflated and base64url-encoded. */
export async function shareFragment(text) {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return `#text=${toBase64Url(packed)}`;
}

/** The text a share fragment carries, or null when `hash` is not one. Throws on a damaged link. */
export async function textFromFragment(hash) {
  const match = /^#text=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!match) return null;
  const bytes = await pipe(fromBase64Url(match[1]), new DecompressionStream('deflate-raw'));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
