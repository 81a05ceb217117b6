import type { NetworkJson } from '../api-types';
import { h } from '../dom';
import { networkScope } from '../model';

function scopeCell(n: NetworkJson): HTMLElement {
  const scope = networkScope(n);
  if (scope.global) return h('td', { 'data-scope': 'global' }, h('span', { class: 'badge global' }, 'global'), ' every region');
  return h('td', { 'data-scope': 'scoped' }, h('span', { class: 'badge scoped' }, 'scoped'), ` hints: ${scope.hints.join(', ')}`);
}

/** Networks with their VNI and scope (`availability_zone_hints` asked for, `availability_zones` resolved). */
export function networksPanel(networks: readonly NetworkJson[]): HTMLElement {
  if (networks.length === 0) return h('p', { class: 'muted' }, 'No networks yet.');
  const sorted = [...networks].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return h(
    'table',
    {},
    h('thead', {}, h('tr', {}, ['name', 'VNI', 'status', 'scope', 'availability zones'].map((t) => h('th', {}, t)))),
    h(
      'tbody',
      {},
      sorted.map((n) =>
        h(
          'tr',
          { 'data-network': n.name, 'data-network-id': n.id },
          h('td', { title: n.id }, n.name || h('span', { class: 'muted' }, n.id)),
          h('td', { class: 'mono' }, n['provider:segmentation_id'] ?? '-'),
          h('td', {}, n.status),
          scopeCell(n),
          h('td', { 'data-zones': networkScope(n).zones.join(',') }, networkScope(n).zones.join(', ') || '-'),
        ),
      ),
    ),
  );
}
