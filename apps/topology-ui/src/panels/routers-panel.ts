import type { RoutersResult } from '../api-types';
import { h } from '../dom';

/** Routers when central serves `/v2.0/routers`; otherwise says that it does not. */
export function routersPanel(result: RoutersResult): HTMLElement {
  if (!result.served) return h('p', { class: 'muted', 'data-routers': 'absent' }, `This central-api does not serve routers (GET /v2.0/routers answered ${result.status}).`);
  if (result.routers.length === 0) return h('p', { class: 'muted', 'data-routers': 'none' }, 'No routers.');
  return h(
    'ul',
    { 'data-routers': 'served' },
    result.routers.map((r) => h('li', { 'data-router': r.name }, h('strong', {}, r.name || r.id), ` ${r.status}`)),
  );
}
