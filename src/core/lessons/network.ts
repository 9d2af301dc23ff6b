/** Network-specific sections (`::: slack` ... `:::`) inside a step's Markdown. Pure. */
import { NETWORKS, type EvidenceSpec, type Network } from './types.js';
import type { EvidenceKind } from '../evidence/types.js';

const OPEN = /^:::\s*([a-z -]+?)\s*$/;
const CLOSE = /^:::\s*$/;

/**
 * Keeps the sections meant for `network` (and the text for everyone). With no network chosen,
 * every section is kept and introduced by `label(networks)`, so a reader sees all variants.
 */
export function selectNetwork(
  markdown: string,
  network: Network | undefined,
  label: (networks: Network[]) => string,
): string {
  const out: string[] = [];
  let inside: Network[] | undefined;
  for (const line of markdown.split('\n')) {
    const open = inside === undefined ? OPEN.exec(line) : null;
    if (open) {
      inside = open[1]!.split(/\s+/).filter((n): n is Network => (NETWORKS as readonly string[]).includes(n));
      if (!network) out.push(`**${label(inside)}**`, '');
      continue;
    }
    if (inside !== undefined && CLOSE.test(line)) {
      inside = undefined;
      continue;
    }
    if (inside === undefined || !network || inside.includes(network)) out.push(line);
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The evidence kind that applies to this learner; a map without their network falls back to self-attestation. */
export function evidenceFor(spec: EvidenceSpec, network: Network | undefined): EvidenceKind {
  if (typeof spec === 'string') return spec;
  return (network && spec[network]) ?? 'attest';
}

/** Unknown network names in `::: x` lines, for lint. */
export function unknownSections(markdown: string): string[] {
  const unknown: string[] = [];
  for (const line of markdown.split('\n')) {
    const open = OPEN.exec(line);
    if (open) for (const n of open[1]!.split(/\s+/)) if (!(NETWORKS as readonly string[]).includes(n)) unknown.push(n);
  }
  return unknown;
}
