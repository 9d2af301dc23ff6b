import { describe, expect, it } from 'vitest';
import { evidenceFor, selectNetwork, unknownSections } from '../../../src/core/lessons/network.js';

const body = 'For all.\n\n::: slack\nSlack only.\n:::\n::: teams viva-engage\nMicrosoft only.\n:::\nAfter.';

describe('network sections', () => {
  it('keeps only the learner network', () => {
    expect(selectNetwork(body, 'slack', () => '')).toBe('For all.\n\nSlack only.\nAfter.');
    expect(selectNetwork(body, 'viva-engage', () => '')).toBe('For all.\n\nMicrosoft only.\nAfter.');
  });
  it('shows every section, labelled, when no network is chosen', () => {
    const all = selectNetwork(body, undefined, (ns) => `For ${ns.join('+')}:`);
    expect(all).toContain('**For slack:**');
    expect(all).toContain('**For teams+viva-engage:**');
    expect(all).toContain('Slack only.');
    expect(all).toContain('Microsoft only.');
  });
  it('picks the evidence kind for the network, and falls back to attest', () => {
    expect(evidenceFor({ slack: 'slack-message' }, 'slack')).toBe('slack-message');
    expect(evidenceFor({ slack: 'slack-message' }, 'teams')).toBe('attest');
    expect(evidenceFor('text', 'teams')).toBe('text');
  });
  it('lists unknown network names', () => {
    expect(unknownSections('::: workplace\nx\n:::')).toEqual(['workplace']);
  });
});
